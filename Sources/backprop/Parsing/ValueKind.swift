/// What an option's value or a positional argument is, for reading it and for completing it in
/// a shell.
enum ValueKind: Sendable, Equatable {
    /// A switch: no value.
    case none
    /// Free text, such as a number.
    case text
    /// A comma-separated list, or `@FILE` to read the list from a file.
    case list
    /// One of a few words.
    case choices([String])
    /// A file to read; `-` is standard input.
    case inputFile
    /// A file to write; `-` is standard output.
    case outputFile
    /// A folder.
    case directory
    /// The name of a command.
    case command
}

extension ValueKind {
    /// The choice of one of `type`'s cases, by their raw values.
    static func choices<Choice: RawRepresentable & CaseIterable>(
        of type: Choice.Type
    ) -> ValueKind where Choice.RawValue == String {
        .choices(type.allCases.map(\.rawValue))
    }
}
