/// A known slip that explains a wrong answer, with a sentence naming it.
public struct Diagnosis: Sendable, Equatable {
    /// Which slip.
    public let slip: Slip
    /// One or two sentences for the student, naming the slip in the terms of this step. Names
    /// terms; never prints numbers (the caller formats those).
    public let sentence: String

    /// A diagnosis of `slip`.
    public init(_ slip: Slip, _ sentence: String) {
        self.slip = slip
        self.sentence = sentence
    }
}
