/// What the quiz did with one input, for the caller to show.
package enum QuizResponse: Sendable, Equatable {
    /// The answer was judged: its verdict, and the diagnosis when it is wrong and a known slip
    /// explains it. A right answer (correct or carried) moved the quiz on.
    case judged(Verdict, diagnosis: Diagnosis?)
    /// A hint for the current term: level 1 is its formula, level 2 the formula with the
    /// student's own numbers.
    case hint(level: Int)
    /// The current term's value was shown (term index); the quiz moved on.
    case revealed(Int)
    /// The quiz moved to another term (`skip`, `back`).
    case moved
    /// `back` on the first term.
    case atFirstTerm
    /// The line was neither a value nor a command.
    case unreadable(Unreadable)
    /// The commands were asked for.
    case help
    /// The student stopped.
    case quit
    /// An empty line: ask again.
    case nothing
}
