/// Everything `check` found in one answers file.
public struct CheckReport: Sendable, Equatable {
    /// The file, as the user named it.
    public let source: String
    /// One verdict per answered or unreadable line, in file order.
    public let verdicts: [Verdict]
    /// The wrong answers explained, in derivation order: every one, or only the first (as the
    /// check was asked).
    public let mistakes: [Mistake]
    /// The marks counted.
    public let score: Score
    /// How many terms the step asks for: every term that is not a given.
    public let asked: Int
    /// The precision floor the values were judged with.
    public let marking: MarkingRule

    /// The first wrong answer in derivation order, explained, or nil if none is wrong.
    public var firstMistake: Mistake? { mistakes.first }

    /// Whether anything needs another look: a wrong, too imprecise or unreadable answer, an
    /// unknown name or a repeat.
    public var needsAttention: Bool { verdicts.contains { $0.mark.needsAttention } }
}

/// Which wrong answers a check explains.
public enum Explanation: String, Sendable, CaseIterable {
    /// The first in derivation order.
    case first
    /// Every one.
    case all
}
