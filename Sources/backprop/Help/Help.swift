import BackpropCore
import BackpropRender
import BackpropSupport

/// The help texts, built from the commands' own descriptions.
enum Help {
    static let commands: [Command] = [
        ExplainCommand.command, TrainCommand.command, InitCommand.command, WorksheetCommand.command,
        CheckCommand.command, QuizCommand.command, ExerciseCommand.command, TemplatesCommand.command,
        CompletionsCommand.command, HelpCommand.command,
    ]

    /// The options of `backprop` itself, before any command.
    static let globalOptions: [OptionSpec] = [
        OptionSpec("--help", short: "-h", "show this help"),
        OptionSpec("--version", "print backprop's version"),
        Pager.option,
    ]

    static func command(named name: String) -> Command? {
        commands.first { $0.name == name }
    }

    /// The error for a word that names no command, with the closest command's name, or else
    /// the list of commands.
    static func unknownCommand(_ name: String) -> UsageError {
        let names = commands.map(\.name)
        let hint = Suggestion.closest(to: name, among: names).map { " (did you mean '\($0)'?)" }
            ?? "; the commands are " + names.joined(separator: ", ")
        let what = name.hasPrefix("-") ? "option" : "command"
        return UsageError("unknown \(what) '\(name)'\(hint)")
    }

    static let summary = "backpropagation explained step by step, with your numbers"

    static let exitStatus = """
        Exit status: 0 success, 1 a check found mistakes, 64 usage, 65 bad data, 66 missing \
        input, 69 pdflatex missing (--pdf), 73/74 cannot write, 128+N stopped by signal N \
        (130 for Ctrl-C).
        """

    /// The width help is written for when nothing says otherwise.
    static let defaultWidth = TextLayout.defaultWidth

    /// The list of commands and global options, for `width` columns.
    static func overview(width: Int = defaultWidth) -> String {
        let width = TextLayout.width(columns: width)
        var text = wrapped("backprop: \(summary).", width: width) + """


            Usage: backprop COMMAND [options]

            Commands:

            """
        let nameWidth = (commands.map(\.name.count).max() ?? 0) + 4
        text += commands.map { item("  " + $0.name, $0.summary, column: nameWidth, width: width) }.joined()
        text += "\nOptions:\n"
        let optionWidth = (globalOptions.map { label($0).count }.max() ?? 0) + 4
        text += globalOptions.map { item("  " + label($0), $0.help, column: optionWidth, width: width) }.joined()
        text += "\n" + wrapped("""
            Run 'backprop explain' for the reference walkthrough, 'backprop help COMMAND' for a \
            command's options. \(exitStatus)
            """, width: width) + "\n"
        return text
    }

    /// A command's help for `width` columns (brought into 40…100): each option's text wrapped
    /// in its column, the discussion in paragraphs.
    static func text(for command: Command, width: Int = defaultWidth) -> String {
        let width = TextLayout.width(columns: width)
        var text = wrapped(command.summary, width: width) + "\n\n"
            + Wrapping.lines("Usage: " + command.usage, width: width, first: "", rest: "       ") + "\n"
        let widest = (command.options.map { label($0).count } + ["--help, -h".count]).max() ?? 0
        let column = min(34, widest + 4, width / 2)
        for group in command.optionGroups {
            text += "\n\(group.heading):\n"
            text += group.options.map { item("  " + label($0), $0.help, column: column, width: width) }.joined()
        }
        if command.optionGroups.isEmpty { text += "\nOptions:\n" }
        text += item("  --help, -h", "show this help", column: column, width: width)
        if !command.discussion.isEmpty { text += "\n" + wrapped(command.discussion, width: width) + "\n" }
        return text
    }

    /// `label` and its `help` wrapped from `column` to `width`; a label too wide for its column
    /// gets a line of its own.
    private static func item(_ label: String, _ help: String, column: Int, width: Int) -> String {
        let indent = String(repeating: " ", count: column)
        guard label.count + 2 <= column else {
            return label + "\n" + Wrapping.lines(help, width: width, first: indent, rest: indent) + "\n"
        }
        return Wrapping.lines(help, width: width, first: label.padded(to: column), rest: indent) + "\n"
    }

    /// Each paragraph wrapped at `width` columns.
    static func wrapped(_ text: String, width: Int = defaultWidth) -> String {
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
