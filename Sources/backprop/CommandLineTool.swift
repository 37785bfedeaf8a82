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
            let failure = Failure(error)
            writeError(failure.text)
            return failure.status
        }
    }

    private func dispatch() throws -> Int32 {
        guard let first = arguments.first else {
            try OutputWriter(path: nil).write(Help.overview)
            return ExitStatus.success
        }
        let rest = Array(arguments.dropFirst())
        switch first {
        case "--help", "-h":
            try OutputWriter(path: nil).write(Help.overview)
            return ExitStatus.success
        case "--version":
            try OutputWriter(path: nil).write("backprop \(Self.version)\n")
            return ExitStatus.success
        case "help":
            guard let name = rest.first else {
                try OutputWriter(path: nil).write(Help.overview)
                return ExitStatus.success
            }
            guard let command = Help.command(named: name) else { throw unknownCommand(name) }
            try OutputWriter(path: nil).write(Help.text(for: command))
            return ExitStatus.success
        default:
            guard let command = Help.command(named: first) else { throw unknownCommand(first) }
            if rest.contains("--help") || rest.contains("-h") {
                try OutputWriter(path: nil).write(Help.text(for: command))
                return ExitStatus.success
            }
            let parsed = try ParsedArguments(rest, options: command.options, command: command.name)
            do {
                return try command.run(parsed, environment)
            } catch let error as UsageError where error.command == nil {
                // A malformed value: point at the help of the command it was given to.
                throw UsageError(error.message, command: command.name)
            }
        }
    }

    private func unknownCommand(_ name: String) -> UsageError {
        let names = Help.commands.map(\.name) + ["help"]
        let hint = Suggestion.closest(to: name, among: names).map { " (did you mean '\($0)'?)" } ?? ""
        let what = name.hasPrefix("-") ? "option" : "command"
        return UsageError("unknown \(what) '\(name)'\(hint)")
    }
}
