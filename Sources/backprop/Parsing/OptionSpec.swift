/// One option a command accepts, with what its help says about it.
struct OptionSpec: Sendable {
    /// The long name with its dashes: `--steps`.
    let name: String
    /// A one-letter alias with its dash, such as `-o`.
    let short: String?
    /// The placeholder for its value (`N`, `FILE`), or nil for a switch that takes none.
    let valueName: String?
    /// One line for the help.
    let help: String

    init(_ name: String, short: String? = nil, value: String? = nil, _ help: String) {
        self.name = name
        self.short = short
        self.valueName = value
        self.help = help
    }

    var takesValue: Bool { valueName != nil }
}
