/// Everything `check` found in one answers file.
public struct CheckReport: Sendable, Equatable {
    /// The file, as the user named it.
    public let source: String
    /// One verdict per answered or unreadable line, in file order.
    public let verdicts: [Verdict]
    /// The wrong answers explained, in derivation order, one per distinct slip (the lines the
    /// same slip explains grouped in it): every one, or only the first (as the check was asked).
    public let mistakes: [Mistake]
    /// How many distinct mistakes the wrong answers make: the slips, each counted once, plus
    /// the unexplained wrong answers.
    public let distinctMistakes: Int
    /// The marks counted.
    public let score: Score
    /// How many terms the step asks for: every term that is not a given.
    public let asked: Int
    /// The precision floor the values were judged with.
    public let marking: MarkingRule
    /// How a slip repeated on several lines is counted.
    public let sameSlip: SameSlip

    /// The wrong lines that repeat a slip already counted: every wrong line but the first of
    /// each distinct mistake.
    public var repeatedSlips: Int { score.wrong - distinctMistakes }

    /// The marks earned: the answers judged right, plus, when a repeated slip counts
    /// ``SameSlip/once``, its repeated lines.
    public var points: Int { score.right + (sameSlip == .once ? repeatedSlips : 0) }

    /// The first wrong answer in derivation order, explained, or nil if none is wrong.
    public var firstMistake: Mistake? { mistakes.first }

    /// Whether no value is written at all: an empty file, or a worksheet handed in blank.
    public var isBlank: Bool { verdicts.isEmpty }

    /// Whether anything needs another look: a wrong, too imprecise or unreadable answer, an
    /// unknown name or a repeat. A blank sheet has nothing wrong in it (its notes say it is blank).
    public var needsAttention: Bool { verdicts.contains { $0.mark.needsAttention } }
}

/// Which wrong answers a check explains.
public enum Explanation: String, Sendable, CaseIterable {
    /// The first in derivation order.
    case first
    /// Every one.
    case all
}
