import BackpropCheck
import BackpropCore

/// One exercise as a course platform asks it: the problem, the terms to compute with the value
/// and tolerance of each, and the wrong values named slips give with their explanation. Every
/// platform's writer reads this one model; none computes a value.
package struct ExportedQuestion: Sendable {
    /// The exercise's place in the set, from 1.
    package let number: Int
    /// The exercise's own seed (drawn from the set's).
    package let seed: UInt64
    /// The stem of the exercise's file names in its set: `exercise-07`.
    package let stem: String
    /// "Exercise 7: one step of backpropagation by hand".
    package let title: String
    /// The problem sheet as HTML, cut where the network's picture goes: the text before it and
    /// after it (the description, the table of givens). Empty `after` when there is no picture.
    package let problemHTML: (beforePicture: String, afterPicture: String)
    /// The network as a standalone SVG image.
    package let picture: String
    /// The problem sheet as plain text (the picture drawn in text), for text-only formats.
    package let problemText: String
    /// How precisely values are asked for, as the sheets say it.
    package let instruction: String
    /// The terms to compute, in derivation order.
    package let asked: [AskedValue]
    /// Every term of the step in trace order (givens too), for platforms that recompute later
    /// answers from a student's earlier ones.
    package let derivation: [DerivedValue]
}

/// One term a question asks for.
package struct AskedValue: Sendable {
    /// Its index in the trace's terms (and in ``ExportedQuestion/derivation``).
    package let term: Int
    /// The canonical ASCII name `check` uses: `dE_total/dw5`.
    package let name: String
    /// The problem sheet's section it belongs to: "The backward pass: output layer".
    package let section: String
    /// The engine's value.
    package let value: Double
    /// Half a unit of the last digit the marking rule asks for: answers within it are right.
    package let tolerance: Double
    /// The wrong values named slips give, each the checker's own diagnosis of it.
    package let slips: [SlipAnswer]
}

/// A wrong value a named slip gives for an asked term, and what to tell the student.
package struct SlipAnswer: Sendable {
    /// The slip (its JSON id is `slip.rawValue`).
    package let slip: Slip
    /// The value the slip gives when everything before it is exact.
    package let value: Double
    /// Answers within this of ``value`` get the feedback (the rule's half unit at this value).
    package let tolerance: Double
    /// The diagnosis `check` prints for it.
    package let feedback: String
}

/// One term of the step, for recomputation on the platform.
package struct DerivedValue: Sendable {
    /// An identifier a platform's expression language accepts: `v17`.
    package let identifier: String
    /// The engine's value.
    package let value: Double
    /// The terms (indices into ``ExportedQuestion/derivation``) the formula reads.
    package let operands: [Int]
    /// The formula over other terms' identifiers (`v3*v1 + v4*v2 + v11`), or nil for a given
    /// and for a formula the platforms' expression languages cannot write.
    package let formula: String?
}
