/// Where a quiz stands: how many of the terms asked are right, wrong, revealed or still blank.
public struct QuizTally: Sendable, Equatable {
    /// The terms asked.
    public var total = 0
    /// Answered right (correct, or following from earlier answers).
    public var right = 0
    /// Answered wrong, and not answered again.
    public var wrong = 0
    /// Answered less precisely than the marking rule asks.
    public var imprecise = 0
    /// Shown by `reveal`.
    public var revealed = 0
    /// Not answered yet.
    public var blank = 0

    /// A tally from its counts.
    public init(total: Int = 0, right: Int = 0, wrong: Int = 0, imprecise: Int = 0, revealed: Int = 0, blank: Int = 0) {
        self.total = total
        self.right = right
        self.wrong = wrong
        self.imprecise = imprecise
        self.revealed = revealed
        self.blank = blank
    }
}
