import Foundation
import Testing

/// The help says what exists and nothing else, and every message is one line.
@Suite struct HelpAndMessageTests {
    @Test func helpHelpDescribesHelp() throws {
        let result = try BackpropProcess.run(["help", "help"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("describe a command and every option: backprop help explain\n\nUsage: backprop help [COMMAND] | backprop help --man\n"))
        #expect(result.error.isEmpty)
        let unknown = try BackpropProcess.run(["help", "explian"])
        #expect(unknown.status == 64)
        #expect(unknown.error.hasPrefix("backprop: error: unknown command 'explian' (did you mean 'explain'?)\n"))
    }

    @Test func theOverviewListsEveryOptionAndCommand() throws {
        let help = try BackpropProcess.run(["--help"]).output
        #expect(help.contains("\n  --version   print backprop's version\n"))
        #expect(help.contains("\n  -h, --help  show this help\n"))
        for command in ["explain", "init", "worksheet", "check", "exercise", "templates", "completions", "help"] {
            #expect(help.contains("\n  \(command) "), "\(command)")
        }
        #expect(try BackpropProcess.run(["--version"]).output == "backprop 0.1.0\n")
    }

    @Test func exerciseHelpNamesOnlyItsFormats() throws {
        let help = try BackpropProcess.run(["exercise", "--help"]).output
        #expect(help.contains("--format FORMAT        markdown (default), latex, html or text\n"))
        #expect(help.contains("--digits N             decimal places of computed values (default 9; givens\n                         are shown as given)\n"))
        let output = help.components(separatedBy: "\nOutput:\n")[1].components(separatedBy: "\n\n")[0]
        #expect(!output.contains("json") && !output.contains("list"), "\(output)")
        let explain = Self.words(try BackpropProcess.run(["help", "explain"]).output)
        #expect(explain.contains("markdown (default; text on a terminal), text, json, list, latex, html or dot"))
        #expect(explain.contains("(default 9; givens are shown as given; json and list always show full precision)"))
    }

    /// `text` with every run of spaces and line breaks made one space: the words, however wrapped.
    static func words(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: ["", "explain", "train", "init", "worksheet", "check", "quiz", "exercise", "templates", "completions", "help"])
    func helpFitsTheTerminal(command: String) throws {
        let arguments = command.isEmpty ? ["--help"] : ["help", command]
        for columns in [80, 60] {
            let help = try BackpropProcess.run(arguments, environment: ["COLUMNS": String(columns)]).output
            let long = help.split(separator: "\n").filter { $0.count > columns }
            #expect(long.isEmpty, "\(command) at \(columns) columns: \(long)")
        }
        // Piped with no COLUMNS, 80 columns, as the text format.
        let piped = try BackpropProcess.run(arguments).output
        #expect(piped.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(command)")
    }

    @Test(arguments: [["explain"], ["exercise", "--seed", "3", "--out-dir", "set"]])
    func asciiWithoutTheTextFormatIsANote(arguments: [String]) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let plain = try BackpropProcess.run(arguments, in: folder)
        try? FileManager.default.removeItem(at: folder.appending(path: "set"))
        let ascii = try BackpropProcess.run(arguments + ["--ascii"], in: folder)
        #expect(ascii.status == 0)
        #expect(ascii.output == plain.output)
        #expect(ascii.error == "backprop: note: --ascii applies to the text format only; the markdown output is unchanged\n")
        let text = try BackpropProcess.run(["explain", "--format", "text", "--ascii"])
        #expect(text.error.isEmpty)
    }

    @Test func controlCharactersInAValueAreEscaped() throws {
        let result = try BackpropProcess.run(["explain", "--weights", "0.1\nabc\u{1B}[31m"])
        #expect(result.status == 64)
        #expect(result.error == """
            backprop: error: --weights: item 1 of '0.1\\nabc\\u{1B}[31m' is not a number: '0.1\\nabc\\u{1B}[31m'
            backprop: see 'backprop help explain'

            """)
    }

    @Test func controlCharactersInAnAnswersFileAreEscaped() throws {
        let result = try BackpropProcess.run(["check", "-"], input: "net_h1 = 0.37\u{1B}[2J\u{7}\u{9B}\n")
        #expect(result.status == 1)
        #expect(result.output.contains("  1  ! net_h1 = 0.37\\u{1B}[2J\\u{7}\\u{9B}  unreadable: '0.37\\u{1B}[2J\\u{7}\\u{9B}' is not a number\n"))
        #expect(!result.output.contains("\u{1B}"))
    }

    @Test func aFileNameWithANewlineStaysOnOneLine() throws {
        let result = try BackpropProcess.run(["explain", "--network", "net\nwork.json"])
        #expect(result.status == 66)
        #expect(result.error == "backprop: error: net\\nwork.json: no such file\n")
    }
}
