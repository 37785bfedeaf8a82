/// `backprop help [COMMAND]`: the help of the tool or of one command; `--man` the manual page.
enum HelpCommand {
    static let name = "help"
    static let summary = "describe a command and every option: backprop help explain"
    static let usage = "backprop help [COMMAND] | backprop help --man"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Options", [
            OptionSpec("--man", "print the manual page of backprop and every command, in roff"),
            Pager.option,
        ]),
    ]
    static let discussion = """
        Without COMMAND, the list of commands. 'backprop help --man > backprop.1' writes the \
        manual page; read it with 'man -l backprop.1', or install it as \
        /usr/local/share/man/man1/backprop.1 for 'man backprop'.
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        positionals: [.command], discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        let names = arguments.positionals
        if arguments.has("--man") {
            guard names.isEmpty else {
                throw UsageError("--man prints the manual of every command; give no COMMAND", command: name)
            }
            try writeOutput(ManualPage.text)
            return ExitStatus.success
        }
        let width = environment.columns(toStandardOutput: true) ?? Help.defaultWidth
        guard let first = names.first else {
            Pager.start(environment, arguments: arguments)
            try writeOutput(Help.overview(width: width))
            return ExitStatus.success
        }
        guard names.count == 1 else {
            throw UsageError("help describes one command at a time, got \(names.count)", command: name)
        }
        guard let command = Help.command(named: first) else { throw Help.unknownCommand(first) }
        Pager.start(environment, arguments: arguments)
        try writeOutput(Help.text(for: command, width: width))
        return ExitStatus.success
    }
}
