import Foundation
import Testing

/// What a new user sees first: `backprop explain` on a terminal is the text format, fitted to
/// the terminal's width; piped or written with `-o` it is Markdown. Terminals are real
/// pseudo-terminals made by util-linux `script`, their width set with `stty`; skipped with a
/// message when `script` is not installed (`.ci/run` installs it).
@Suite struct FirstMinuteTests {
    static let script = CompletionsAndManualTests.installed("script")

    /// The README's first-minute commands, as written in its `## The first minute` section.
    static func readmeCommands() throws -> [String] {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appending(path: "README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## The first minute").dropFirst().first)
        let block = try #require(section.components(separatedBy: "```").dropFirst().first)
        return block.split(separator: "\n").dropFirst().compactMap { line -> String? in
            let command = line.components(separatedBy: "  #")[0].trimmingCharacters(in: .whitespaces)
            return command.isEmpty ? nil : command
        }
    }

    /// Runs `command` with `sh` on a pseudo-terminal `columns` wide, `backprop` first on the
    /// PATH, in `folder`; what the terminal showed, line by line, without carriage returns and
    /// bold escapes.
    static func onTerminal(_ command: String, columns: Int, in folder: URL, environment: [String: String] = [:]) throws -> [String] {
        let script = try #require(Self.script)
        let bin = BackpropProcess.executable.deletingLastPathComponent().path
        let path = bin + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let result = try BackpropProcess.run(
            script, ["-q", "-e", "-c", "stty cols \(columns) rows 50; \(command)", "/dev/null"],
            in: folder, environment: ["PATH": path].merging(environment) { $1 }
        )
        #expect(result.status == 0, "\(command): \(result.error)")
        let text = result.output.replacingOccurrences(of: "\r", with: "")
            .replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "")
        return text.components(separatedBy: "\n")
    }

    @Test(.enabled(if: script != nil, "script (util-linux) is not installed; skipped"))
    func readmeFirstMinuteFitsAnEightyColumnTerminal() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let commands = try Self.readmeCommands()
        #expect(commands.count >= 3 && commands.allSatisfy { $0.hasPrefix("backprop ") }, "\(commands)")
        for command in commands {
            let lines = try Self.onTerminal(command, columns: 80, in: folder)
            for line in lines { #expect(line.count <= 80, "\(command): \(line.count) columns: \(line)") }
        }
    }

    @Test(.enabled(if: script != nil, "script (util-linux) is not installed; skipped"))
    func aTerminalGetsTextAtItsWidthAndAPipeOrAFileGetsMarkdown() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for columns in [60, 80, 120] {
            let lines = try Self.onTerminal("backprop explain", columns: columns, in: folder)
            #expect(lines.contains("== The forward pass"), "text on a \(columns)-column terminal")
            #expect(!lines.contains { $0.contains("$$") || $0.contains("mermaid") })
            let width = min(columns, 100)
            for line in lines { #expect(line.count <= width, "\(columns): \(line.count) columns: \(line)") }
            #expect(lines.contains { $0.count > width - 12 }, "lines use the room there is")
        }
        // COLUMNS wins over the terminal's own width.
        let narrow = try Self.onTerminal("backprop explain", columns: 100, in: folder, environment: ["COLUMNS": "64"])
        #expect(narrow.allSatisfy { $0.count <= 64 } && narrow.contains("== The forward pass"))

        let piped = try Self.onTerminal("backprop explain | cat", columns: 80, in: folder)
        #expect(piped.first == "# Backpropagation, step by step: a 2-2-2 network")
        _ = try Self.onTerminal("backprop explain -o walkthrough.md", columns: 80, in: folder)
        let file = try String(contentsOf: folder.appending(path: "walkthrough.md"), encoding: .utf8)
        #expect(file.hasPrefix("# Backpropagation, step by step") && file.contains("```mermaid"))
        let chosen = try Self.onTerminal("backprop explain --format markdown", columns: 80, in: folder)
        #expect(chosen.first == "# Backpropagation, step by step: a 2-2-2 network")
    }

    /// Without a terminal: Markdown, and the text format at COLUMNS or 80.
    @Test func withoutATerminalTheDefaultIsMarkdownAndTextIsEightyColumns() throws {
        let markdown = try BackpropProcess.run(["explain"])
        #expect(markdown.output.hasPrefix("# Backpropagation, step by step"))
        let text = try BackpropProcess.run(["explain", "--format", "text"])
        let lines = text.output.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 } && lines.contains { $0.count > 70 })
        let narrow = try BackpropProcess.run(["explain", "--format", "text"], environment: ["COLUMNS": "50"])
        #expect(narrow.output.split(separator: "\n").allSatisfy { $0.count <= 50 })
        for ignored in ["0", "-3", "wide", ""] {
            let result = try BackpropProcess.run(["explain", "--format", "text"], environment: ["COLUMNS": ignored])
            #expect(result.output == text.output, "COLUMNS=\(ignored) is ignored")
        }
    }
}
