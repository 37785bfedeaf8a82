/// The judgement on one answered (or unreadable) line.
package struct Verdict: Sendable, Equatable {
    /// Why a line was not judged, or what else there is to say about it.
    package enum Note: Sendable, Equatable {
        /// A given of the network, written with its value.
        case given
        /// An unknown name close to this canonical one.
        case didYouMean(String)
        /// A term only another training option computes: which.
        case notComputed(option: TrainingOption)
        /// The same term was answered on this earlier line.
        case duplicate(ofLine: Int)
        /// The line could not be read, and why.
        case unreadable(Unreadable)
        /// Not the exact value, but accepted: a known way of rounding explains it.
        case accepted(Diagnosis)
    }

    /// The line as read.
    package let answer: Answer
    /// The value written; nil for an unreadable line.
    package let number: WrittenNumber?
    /// The term's index in the trace, if the name is one of its terms.
    package let term: Int?
    /// The canonical name, or the name as written when it is unknown (empty for an unreadable
    /// line without a name).
    package let name: String
    /// The judgement.
    package let mark: Mark
    /// The exact value, for names of the trace.
    package let expected: Double?
    /// What the student's own earlier values give, when that is what the answer was matched
    /// against (``Mark/carried``).
    package let fromOwnValues: Double?
    /// More about the line.
    package let note: Note?
}
