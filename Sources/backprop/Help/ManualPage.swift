/// The manual page, `backprop(1)` in roff, generated from the same commands and option tables as
/// the help.
enum ManualPage {
    static var text: String {
        var lines = [
            ".TH BACKPROP 1 \"\" \"backprop \(CommandLineTool.version)\" \"User Commands\"",
            ".nh",
            ".SH NAME",
            "backprop \\- " + roff(Help.summary),
            ".SH SYNOPSIS",
            ".B backprop",
            ".I COMMAND",
            ".RI [ options ]",
            ".SH DESCRIPTION",
            roff("""
                backprop runs one training step of a fully connected network and explains every \
                number of it, the way the classic worked example of backpropagation does, for \
                your inputs, weights, activations and depth. It checks a hand calculation \
                against the exact values and writes handouts and exercise sets. Run \
                'backprop explain' for the reference walkthrough.
                """),
            ".SH OPTIONS",
        ]
        for option in Help.globalOptions { lines += item(option) }
        lines.append(".SH COMMANDS")
        for command in Help.commands { lines += section(command) }
        lines += [
            ".SH \"FILES, STANDARD INPUT AND OUTPUT\"",
            roff("""
                A FILE to read may be '-' for standard input, or a stream such as /dev/stdin or a \
                process substitution; only one input of a command may read standard input. A \
                list option (--weights, --inputs, --targets, --biases, --layers) given as @FILE \
                reads the list from FILE, its items separated by commas, spaces or line breaks, \
                '#' starting a comment; @- reads standard input. Every input is read up to \
                \(InputFile.maximumSizeText).
                """),
            ".PP",
            roff("""
                -o FILE writes to a temporary file beside FILE and renames it over FILE only \
                when the output is complete; a symbolic link is followed and its target \
                replaced. A read-only FILE is refused unless --force is given. -o - is \
                standard output; devices and named pipes such as /dev/null are written \
                directly. A command that fails, or is stopped by SIGINT, SIGTERM or SIGHUP, \
                leaves nothing behind: no partial file, no temporary file or folder. Sets of \
                files (exercise, templates export) are written into a temporary folder and \
                moved into place when complete.
                """),
            ".SH ENVIRONMENT",
            ".TP",
            ".B NO_COLOR",
            roff("when set to anything but the empty string, no bold or colour, even on a terminal"),
            ".TP",
            ".B TMPDIR",
            roff("where --pdf runs pdflatex, in a temporary folder removed afterwards"),
            ".TP",
            ".B PATH",
            roff("where --pdf looks for pdflatex"),
            ".SH \"EXIT STATUS\"",
            roff(Help.exitStatus),
            ".SH \"SEE ALSO\"",
            ".BR pdflatex (1);",
            roff("the docs folder of backprop's source: network-file.md, terms.md, check.md, handouts.md, templates.md, command-line.md"),
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func section(_ command: Command) -> [String] {
        var lines = [
            ".SS \"backprop \(roff(command.name))\"",
            roff(command.summary),
            ".PP",
            "Usage: " + roff(command.usage),
        ]
        for group in command.optionGroups {
            lines += [".PP", ".I " + roff(group.heading)]
            for option in group.options { lines += item(option) }
        }
        for paragraph in command.discussion.split(separator: "\n", omittingEmptySubsequences: true) {
            lines += [".PP", roff(String(paragraph))]
        }
        return lines
    }

    private static func item(_ option: OptionSpec) -> [String] {
        var label = option.short.map { "\\fB\(roff($0))\\fR, " } ?? ""
        label += "\\fB\(roff(option.name))\\fR"
        if let value = option.valueName { label += " \\fI\(roff(value))\\fR" }
        return [".TP", label, roff(option.help)]
    }

    /// ASCII for the characters of the help texts that a terminal without UTF-8 cannot show.
    static let ascii: [Unicode.Scalar: String] = [
        "…": "...", "−": "\\-", "η": "eta", "δ": "delta", "∂": "d", "⁺": "+", "→": "\\->",
    ]

    /// `text` as roff: backslashes and dashes escaped, no control line, the characters of
    /// ``ascii`` spelt out and any other non-ASCII character as a `\[uXXXX]` escape, so no
    /// input encoding matters.
    static func roff(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\e"
            case "-": result += "\\-"
            case _ where scalar.isASCII: result.unicodeScalars.append(scalar)
            default: result += ascii[scalar] ?? "\\[u" + format4(scalar.value) + "]"
            }
        }
        if result.hasPrefix(".") || result.hasPrefix("'") { result = "\\&" + result }
        return result
    }

    private static func format4(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
