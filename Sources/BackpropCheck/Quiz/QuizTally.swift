/// Where a quiz stands: how many of the terms asked are right, wrong, revealed or still blank.
package struct QuizTally: Sendable, Equatable {
    /// The terms asked.
    package var total = 0
    /// Answered right (correct, or following from earlier answers).
    package var right = 0
    /// Answered wrong, and not answered again.
    package var wrong = 0
    /// Answered less precisely than the marking rule asks.
    package var imprecise = 0
    /// Shown by `reveal`.
    package var revealed = 0
    /// Not answered yet.
    package var blank = 0

    /// A tally from its counts.
    package init(total: Int = 0, right: Int = 0, wrong: Int = 0, imprecise: Int = 0, revealed: Int = 0, blank: Int = 0) {
        self.total = total
        self.right = right
        self.wrong = wrong
        self.imprecise = imprecise
        self.revealed = revealed
        self.blank = blank
    }
}
