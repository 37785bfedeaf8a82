/// The judgement on one answered line.
public struct Verdict: Sendable, Equatable {
    /// Why a line was not judged, or what would have matched.
    public enum Note: Sendable, Equatable {
        /// A given of the network, written with its value.
        case given
        /// An unknown name close to this canonical one.
        case didYouMean(String)
        /// A term only another training option computes: which.
        case notComputed(option: TrainingOption)
        /// The same term was answered on this earlier line.
        case duplicate(ofLine: Int)
    }

    /// The line as read.
    public let answer: Answer
    /// The value written (verdicts are only given for answered lines).
    public let number: WrittenNumber
    /// The term's index in the trace, if the name is one of its terms.
    public let term: Int?
    /// The canonical name, or the name as written when it is unknown.
    public let name: String
    /// The judgement.
    public let mark: Mark
    /// The exact value, for names of the trace.
    public let expected: Double?
    /// What the student's own earlier values give, when that is what the answer was matched
    /// against (``Mark/carried``).
    public let fromOwnValues: Double?
    /// More about an answer that was not judged.
    public let note: Note?
}
