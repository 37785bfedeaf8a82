/// Standard input can be read once: at most one input of a command may name it (`-`,
/// `/dev/stdin`, `@-`).
enum StandardInputUse {
    static func check(_ arguments: ParsedArguments, of command: Command) throws(UsageError) {
        var readers: [String] = []
        for option in command.options {
            guard let value = arguments.value(option.name) else { continue }
            switch option.kind {
            case .inputFile where InputFile.isStandardInput(value):
                readers.append("\(option.name) \(value)")
            case .list where value.hasPrefix("@") && InputFile.isStandardInput(String(value.dropFirst())):
                readers.append("\(option.name) \(value)")
            default:
                break
            }
        }
        for (index, argument) in arguments.positionals.enumerated()
        where command.positional(at: index) == .inputFile && InputFile.isStandardInput(argument) {
            readers.append("'\(argument)'")
        }
        guard readers.count > 1 else { return }
        throw UsageError(
            "standard input can be read only once, but \(readers.joined(separator: " and ")) "
                + (readers.count == 2 ? "both ask for it" : "all ask for it"),
            command: command.name
        )
    }
}
