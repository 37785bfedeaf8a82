/// What every write of a run shares: where temporary items are registered for an interruption
/// to remove, and the tests' pause between chunks.
struct OutputSettings: Sendable {
    let temporaryItems: TemporaryItems
    let chunkDelay: Duration?

    /// The environment variable that slows every write down, for the tests that interrupt one.
    static let delayVariable = "BACKPROP_TEST_WRITE_DELAY_MS"

    /// Settings for a run in an environment with `variables`; a delay of 1 to 1000 ms per chunk
    /// when ``delayVariable`` asks for one.
    init(temporaryItems: TemporaryItems, variables: [String: String]) {
        self.temporaryItems = temporaryItems
        let milliseconds = variables[Self.delayVariable].flatMap(Int.init).map { min(max($0, 1), 1000) }
        chunkDelay = milliseconds.map { .milliseconds($0) }
    }
}
