/// A command: its name, its help and how it runs.
struct Command: Sendable {
    /// The word that selects it: `explain`.
    let name: String
    /// One line for the command list.
    let summary: String
    /// The usage line.
    let usage: String
    /// The options it accepts, grouped under headings for the help.
    let optionGroups: [OptionGroup]
    /// Paragraphs after the options in `backprop help COMMAND`.
    let discussion: String
    /// Runs with the parsed arguments and returns the exit status.
    let run: @Sendable (ParsedArguments, Environment) throws -> Int32

    var options: [OptionSpec] { optionGroups.flatMap(\.options) }
}

/// Options under one heading of a command's help.
struct OptionGroup: Sendable {
    let heading: String
    let options: [OptionSpec]

    init(_ heading: String, _ options: [OptionSpec]) {
        self.heading = heading
        self.options = options
    }
}

/// What a command may know about the world it runs in.
struct Environment: Sendable {
    /// The process environment (`NO_COLOR`, …).
    let variables: [String: String]
    /// Whether standard output is a terminal.
    let standardOutputIsTerminal: Bool

    /// Whether output to standard output may use bold and colour: only on a terminal, and not
    /// when `NO_COLOR` is set to anything but "" (no-color.org).
    var allowsColour: Bool {
        standardOutputIsTerminal && (variables["NO_COLOR"] ?? "").isEmpty
    }
}
