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
    /// What its positional arguments are, in order; the last one repeats.
    var positionals: [ValueKind] = []
    /// Options other commands take that this one refuses, with the reason it gives.
    var refusedOptions: [String: String] = [:]
    /// Paragraphs after the options in `backprop help COMMAND`.
    let discussion: String
    /// Runs with the parsed arguments and returns the exit status.
    let run: @Sendable (ParsedArguments, Environment) throws -> Int32

    var options: [OptionSpec] { optionGroups.flatMap(\.options) }

    /// What the positional argument at `index` is.
    func positional(at index: Int) -> ValueKind {
        positionals.isEmpty ? .none : positionals[min(index, positionals.count - 1)]
    }
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
