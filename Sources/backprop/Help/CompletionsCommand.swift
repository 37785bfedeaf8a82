/// `backprop completions SHELL`: a completion script, generated from the same option tables as
/// the help.
enum CompletionsCommand {
    enum Shell: String, CaseIterable { case bash, zsh, fish }

    static let name = "completions"
    static let summary = "print a shell completion script for bash, zsh or fish"
    static let usage = "backprop completions bash|zsh|fish"
    static let discussion = """
        bash: add 'source <(backprop completions bash)' to ~/.bashrc, or save the script as \
        /etc/bash_completion.d/backprop. zsh: save it as _backprop in a folder of $fpath, such \
        as ~/.zfunc (with 'fpath+=~/.zfunc' before 'compinit' in ~/.zshrc). fish: save it as \
        ~/.config/fish/completions/backprop.fish. The scripts complete commands, options, the \
        choices of --format and the like, and file names where a file is expected.
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: [],
        positionals: [.choices(of: Shell.self)], discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        guard arguments.positionals.count == 1, let shellName = arguments.positionals.first else {
            throw UsageError("completions needs one shell: bash, zsh or fish", command: name)
        }
        let shell = try ValueParsing.choice(shellName, option: "SHELL", as: Shell.self)
        switch shell {
        case .bash: try writeOutput(BashCompletions(commands: Help.commands).script)
        case .zsh: try writeOutput(ZshCompletions(commands: Help.commands).script)
        case .fish: try writeOutput(FishCompletions(commands: Help.commands).script)
        }
        return ExitStatus.success
    }
}
