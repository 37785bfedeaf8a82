/// Everything `check` found in one answers file.
package struct CheckReport: Sendable, Equatable {
    /// The file, as the user named it.
    package let source: String
    /// One verdict per answered or unreadable line, in file order.
    package let verdicts: [Verdict]
    /// The wrong answers explained, in derivation order, one per distinct slip (the lines the
    /// same slip explains grouped in it): every one, or only the first (as the check was asked).
    package let mistakes: [Mistake]
    /// How many distinct mistakes the wrong answers make: the slips, each counted once, plus
    /// the unexplained wrong answers.
    package let distinctMistakes: Int
    /// The marks counted.
    package let score: Score
    /// How many terms the step asks for: every term that is not a given.
    package let asked: Int
    /// The precision floor the values were judged with.
    package let marking: MarkingRule
    /// How a slip repeated on several lines is counted.
    package let sameSlip: SameSlip

    /// The wrong lines that repeat a slip already counted: every wrong line but the first of
    /// each distinct mistake.
    package var repeatedSlips: Int { score.wrong - distinctMistakes }

    /// The marks earned: the answers judged right, plus, when a repeated slip counts
    /// ``SameSlip/once``, its repeated lines.
    package var points: Int { score.right + (sameSlip == .once ? repeatedSlips : 0) }

    /// The first wrong answer in derivation order, explained, or nil if none is wrong.
    package var firstMistake: Mistake? { mistakes.first }

    /// Whether no value is written at all: an empty file, or a worksheet handed in blank.
    package var isBlank: Bool { verdicts.isEmpty }

    /// Whether anything needs another look: a wrong, too imprecise or unreadable answer, an
    /// unknown name or a repeat. A blank sheet has nothing wrong in it (its notes say it is blank).
    package var needsAttention: Bool { verdicts.contains { $0.mark.needsAttention } }
}

/// Which wrong answers a check explains.
package enum Explanation: String, Sendable, CaseIterable {
    /// The first in derivation order.
    case first
    /// Every one.
    case all
}
