import BackpropCore
import BackpropSupport

/// Picks the command from the arguments, runs it, and reports any failure in one place.
struct CommandLineTool {
    let arguments: [String]
    let environment: Environment

    static let version = "0.1.0"

    /// Runs and returns the exit status; what to print goes to `standardOutput`/`standardError`.
    func run() -> Int32 {
        do {
            return try dispatch()
        } catch {
            let name = arguments.first { $0 != Pager.option.name }
            let failure = Failure(error, command: name.flatMap(Help.command(named:))?.name)
            writeError(failure.text)
            return failure.status
        }
    }

    private func dispatch() throws -> Int32 {
        var environment = environment
        var arguments = arguments[...]
        while arguments.first == Pager.option.name {
            environment.noPager = true
            arguments = arguments.dropFirst()
        }
        let helpWidth = environment.columns(toStandardOutput: true) ?? Help.defaultWidth
        guard let first = arguments.first else {
            try writeOutput(Help.overview(width: helpWidth))
            return ExitStatus.success
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h":
            Pager.start(environment)
            try writeOutput(Help.overview(width: helpWidth))
            return ExitStatus.success
        case "--version":
            try writeOutput("backprop \(Self.version)\n")
            return ExitStatus.success
        default:
            guard let command = Help.command(named: first) else { throw Help.unknownCommand(first) }
            if rest.contains("--help") || rest.contains("-h") {
                if rest.contains(Pager.option.name) { environment.noPager = true }
                Pager.start(environment)
                try writeOutput(Help.text(for: command, width: helpWidth))
                return ExitStatus.success
            }
            let parsed = try ParsedArguments(
                rest, options: command.options, command: command.name, refused: command.refusedOptions
            )
            try StandardInputUse.check(parsed, of: command)
            try PathArguments.check(parsed, of: command)
            return try command.run(parsed, environment)
        }
    }
}
