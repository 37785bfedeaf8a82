/// The first wrong answer in derivation order, the one worth explaining.
public struct Mistake: Sendable, Equatable {
    /// Its verdict (``Mark/wrong``).
    public let verdict: Verdict
    /// The term's index in the trace.
    public let term: Int
    /// The known slip that explains the written value, if one does.
    public let diagnosis: Diagnosis?
}
