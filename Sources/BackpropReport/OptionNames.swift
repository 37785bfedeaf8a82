import BackpropCheck

/// How the caller spells the options a report mentions: the command-line tool's flags. The
/// report knows which option it means; the tool knows what it is called.
public struct OptionNames: Sendable {
    /// The options the report's step was computed with, as they would be given again
    /// (`--network net.json`, `--update-biases`); shown after the network's description.
    public let given: [String]
    /// The flag of each training option a report may mention.
    public let option: @Sendable (TrainingOption) -> String
    /// The flags that give a network's own numbers, as a phrase: "--inputs, --targets, …".
    public let networkValues: String

    /// Names from their parts.
    public init(
        given: [String], option: @escaping @Sendable (TrainingOption) -> String,
        networkValues: String
    ) {
        self.given = given
        self.option = option
        self.networkValues = networkValues
    }
}
