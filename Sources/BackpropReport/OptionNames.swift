import BackpropCheck

/// How the caller spells the options a report mentions: the command-line tool's flags. The
/// report knows which option it means; the tool knows what it is called.
public struct OptionNames: Sendable {
    /// The flag of each training option a report may mention.
    public let option: @Sendable (TrainingOption) -> String
    /// The flags that give a network's own numbers, as a phrase: "--inputs, --targets, …".
    public let networkValues: String

    /// Names from their parts.
    public init(option: @escaping @Sendable (TrainingOption) -> String, networkValues: String) {
        self.option = option
        self.networkValues = networkValues
    }
}
