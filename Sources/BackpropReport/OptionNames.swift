import BackpropCheck

/// How the caller spells the options a report mentions: the command-line tool's flags. The
/// report knows which option it means; the tool knows what it is called.
package struct OptionNames: Sendable {
    /// The flag of each training option a report may mention.
    package let option: @Sendable (TrainingOption) -> String
    /// The flags that give a network's own numbers, as a phrase: "--inputs, --targets, …".
    package let networkValues: String

    /// Names from their parts.
    package init(option: @escaping @Sendable (TrainingOption) -> String, networkValues: String) {
        self.option = option
        self.networkValues = networkValues
    }
}
