/// Everything `check` found in one answers file.
public struct CheckReport: Sendable, Equatable {
    /// The file, as the user named it.
    public let source: String
    /// One verdict per answered line, in file order.
    public let verdicts: [Verdict]
    /// The first wrong answer in derivation order, explained, or nil if none is wrong.
    public let firstMistake: Mistake?
    /// The marks counted.
    public let score: Score

    /// Whether anything needs another look: a wrong answer, an unknown name or a repeat.
    public var needsAttention: Bool { verdicts.contains { $0.mark.needsAttention } }
}
