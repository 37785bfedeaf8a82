/// How one answer was judged.
package enum Mark: String, Sendable, CaseIterable {
    /// The exact value rounds to it, or it follows from the student's own correct (rounded)
    /// earlier values.
    case correct
    /// Not the exact value, but it follows correctly from the student's own earlier values, at
    /// least one of which was wrong: error carried forward, not a new mistake.
    case carried
    /// Neither: a mistake.
    case wrong
    /// Right as far as it goes, but written with fewer figures than the ``MarkingRule`` asks
    /// for: not counted as right or as wrong.
    case tooImprecise
    /// The line could not be read as `name = value`.
    case unreadable
    /// The name is not a term of this network.
    case unknown
    /// A term that is not asked for: a given of the network copied correctly, or a term only
    /// other training options compute (`b1+` without `--update-biases`). Not judged.
    case notAsked
    /// A term already answered on an earlier line. Not judged.
    case duplicate

    /// Whether the mark makes the sheet need another look (and `check` exit with status 1).
    package var needsAttention: Bool {
        switch self {
        case .correct, .carried, .notAsked: return false
        case .wrong, .tooImprecise, .unreadable, .unknown, .duplicate: return true
        }
    }
}
