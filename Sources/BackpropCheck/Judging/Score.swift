/// How many answers got each mark.
public struct Score: Sendable, Equatable {
    /// Answers the exact values (or the student's own correct values) round to.
    public var correct = 0
    /// Answers that follow from the student's own wrong earlier values.
    public var carried = 0
    /// Mistakes.
    public var wrong = 0
    /// Answers written less precisely than the marking rule asks.
    public var imprecise = 0
    /// Lines that could not be read.
    public var unreadable = 0
    /// Names that are not terms of this network.
    public var unknown = 0
    /// Givens and terms not computed with these options.
    public var notAsked = 0
    /// Repeated answers.
    public var duplicate = 0
    /// Lines left empty.
    public var blank = 0

    /// Counts the marks of `verdicts`, plus `blank` empty lines.
    public init(verdicts: [Verdict], blank: Int) {
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
    public var judged: Int { correct + carried + wrong + imprecise }
    /// Answers judged right: correct, or following from the student's own earlier values.
    public var right: Int { correct + carried }
}
