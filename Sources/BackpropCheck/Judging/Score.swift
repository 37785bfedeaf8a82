/// How many answers got each mark.
package struct Score: Sendable, Equatable {
    /// Answers the exact values (or the student's own correct values) round to.
    package var correct = 0
    /// Answers that follow from the student's own wrong earlier values.
    package var carried = 0
    /// Mistakes.
    package var wrong = 0
    /// Answers written less precisely than the marking rule asks.
    package var imprecise = 0
    /// Lines that could not be read.
    package var unreadable = 0
    /// Names that are not terms of this network.
    package var unknown = 0
    /// Givens and terms not computed with these options.
    package var notAsked = 0
    /// Repeated answers.
    package var duplicate = 0
    /// Lines left empty.
    package var blank = 0

    /// Counts the marks of `verdicts`, plus `blank` empty lines.
    package init(verdicts: [Verdict], blank: Int) {
        self.blank = blank
        for verdict in verdicts {
            switch verdict.mark {
            case .correct: correct += 1
            case .carried: carried += 1
            case .wrong: wrong += 1
            case .tooImprecise: imprecise += 1
            case .unreadable: unreadable += 1
            case .unknown: unknown += 1
            case .notAsked: notAsked += 1
            case .duplicate: duplicate += 1
            }
        }
    }

    /// Answers that were judged: right, wrong or too imprecise.
    package var judged: Int { correct + carried + wrong + imprecise }
    /// Answers judged right: correct, or following from the student's own earlier values.
    package var right: Int { correct + carried }
}
