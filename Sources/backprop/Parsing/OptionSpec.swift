/// One option a command accepts, with what its help says about it.
struct OptionSpec: Sendable {
    /// The long name with its dashes: `--steps`.
    let name: String
    /// A one-letter alias with its dash, such as `-o`.
    let short: String?
    /// The placeholder for its value (`N`, `FILE`), or nil for a switch that takes none.
    let valueName: String?
    /// What the value is: how it is read and what a shell offers to complete it.
    let kind: ValueKind
    /// One line for the help.
    let help: String

    /// An option; a `value` placeholder makes it take a value, of `kind` (`.text` by default).
    init(_ name: String, short: String? = nil, value: String? = nil, kind: ValueKind? = nil, _ help: String) {
        self.name = name
        self.short = short
        self.valueName = value
        self.kind = value == nil ? .none : kind ?? .text
        self.help = help
    }

    var takesValue: Bool { valueName != nil }
}
