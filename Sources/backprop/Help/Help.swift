import BackpropCore
import BackpropSupport

/// The help texts, built from the commands' own descriptions.
enum Help {
    static let commands: [Command] = [
        ExplainCommand.command, TrainCommand.command, InitCommand.command, WorksheetCommand.command,
        CheckCommand.command, ExerciseCommand.command, TemplatesCommand.command,
        CompletionsCommand.command, HelpCommand.command,
    ]

    /// The options of `backprop` itself, before any command.
    static let globalOptions: [OptionSpec] = [
        OptionSpec("--help", short: "-h", "show this help"),
        OptionSpec("--version", "print backprop's version"),
    ]

    static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    /// The error for a word that names no command, with the closest command's name.
    static func unknownCommand(_ name: String) -> UsageError {
        let hint = Suggestion.closest(to: name, among: commands.map(\.name))
            .map { " (did you mean '\($0)'?)" } ?? ""
        let what = name.hasPrefix("-") ? "option" : "command"
        return UsageError("unknown \(what) '\(name)'\(hint)")
    }

    static let summary = "backpropagation explained step by step, with your numbers"

    static let exitStatus = """
        Exit status: 0 success, 1 a check found mistakes, 64 usage, 65 bad data, 66 missing \
        input, 69 pdflatex missing (--pdf), 73/74 cannot write, 128+N stopped by signal N \
        (130 for Ctrl-C).
        """

    static var overview: String {
        var text = """
            backprop: \(summary).

            Usage: backprop COMMAND [options]

            Commands:

            """
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  " + command.name.padded(to: width) + command.summary + "\n"
        }
        text += "\nOptions:\n"
        let optionWidth = (globalOptions.map { label($0).count }.max() ?? 0) + 4
        for option in globalOptions {
            text += ("  " + label(option)).padded(to: optionWidth) + option.help + "\n"
        }
        text += "\n" + wrapped("""
            Run 'backprop explain' for the reference walkthrough, 'backprop help COMMAND' for a \
            command's options. \(exitStatus)
            """) + "\n"
        return text
    }

    static func text(for command: Command) -> String {
        var text = "\(command.summary)\n\nUsage: \(command.usage)\n"
        let width = min(34, ((command.options.map { label($0).count } + ["--help, -h".count]).max() ?? 0) + 4)
        for group in command.optionGroups {
            text += "\n\(group.heading):\n"
            for option in group.options {
                let label = "  " + label(option)
                text += label.count + 2 > width
                    ? label + "\n" + String(repeating: " ", count: width) + option.help + "\n"
                    : label.padded(to: width) + option.help + "\n"
            }
        }
        if command.optionGroups.isEmpty { text += "\nOptions:\n" }
        text += "  " + "--help, -h".padded(to: width - 2) + "show this help\n"
        if !command.discussion.isEmpty { text += "\n" + wrapped(command.discussion) + "\n" }
        return text
    }

    /// Each paragraph wrapped at `width` columns.
    static func wrapped(_ text: String, width: Int = 88) -> String {
        Wrapping.paragraphs(text, width: width)
    }

    /// `-o, --output FILE`.
    static func label(_ option: OptionSpec) -> String {
        var label = option.short.map { "\($0), " } ?? ""
        label += option.name
        if let value = option.valueName { label += " " + value }
        return label
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
