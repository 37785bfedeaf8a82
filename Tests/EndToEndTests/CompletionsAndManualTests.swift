import Foundation
import Testing

/// The shell completion scripts and the manual page: real shells parse and run the scripts,
/// groff renders the page without a warning. A shell that is not installed is skipped with a
/// message (`.ci/run` installs bash, zsh, fish and groff).
@Suite struct CompletionsAndManualTests {
    static func installed(_ program: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").lazy
            .map { URL(fileURLWithPath: String($0)).appending(path: program) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static let bash = installed("bash")
    static let zsh = installed("zsh")
    static let fish = installed("fish")
    static let groff = installed("groff")

    static func script(_ shell: String) throws -> String {
        let result = try BackpropProcess.run(["completions", shell])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        return result.output
    }

    /// Writes the script of `shell` to a file in a fresh folder.
    static func saved(_ shell: String) throws -> (folder: URL, file: String) {
        let folder = try BackpropProcess.temporaryDirectory()
        let file = folder.appending(path: "backprop.\(shell)")
        try Data(try script(shell).utf8).write(to: file)
        return (folder, file.path)
    }

    @Test(.enabled(if: bash != nil, "bash is not installed; skipped"))
    func bashParsesAndCompletes() throws {
        let (folder, file) = try Self.saved("bash")
        defer { try? FileManager.default.removeItem(at: folder) }
        let bash = try #require(Self.bash)
        #expect(try BackpropProcess.run(bash, ["-n", file]).status == 0)
        try FileManager.default.createDirectory(at: folder.appending(path: "sets"), withIntermediateDirectories: true)
        try Data().write(to: folder.appending(path: "weights.txt"))
        // Completes the line $1 as bash would at its end, one candidate a line.
        let driver = """
            source "$0"
            COMP_LINE=$1; COMP_POINT=${#COMP_LINE}
            _backprop
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        func complete(_ line: String) throws -> [String] {
            let result = try BackpropProcess.run(bash, ["-c", driver, file, line], in: folder)
            #expect(result.status == 0, "\(result.error)")
            return result.output.split(separator: "\n").map(String.init)
        }
        #expect(try complete("backprop ex") == ["explain", "exercise"])
        #expect(try complete("backprop --v") == ["--version"])
        #expect(try complete("backprop explain --for") == ["--format", "--force"])
        #expect(try complete("backprop explain --format ") == ["markdown", "text", "json", "list", "latex", "html", "dot"])
        #expect(try complete("backprop explain --format=la") == ["latex"])
        #expect(try complete("backprop exercise --format t") == ["text"])
        #expect(try complete("backprop explain --weights @wei") == ["weights.txt"])
        #expect(try complete("backprop explain --template-dir se") == ["sets"])
        #expect(try complete("backprop templates ") == ["list", "export"])
        #expect(try complete("backprop templates export s") == ["sets"])
        #expect(try complete("backprop help w") == ["worksheet"])
        #expect(try complete("backprop completions ") == ["bash", "zsh", "fish"])
        #expect(try complete("backprop check --steps") == [])
    }

    @Test(.enabled(if: zsh != nil, "zsh is not installed; skipped"))
    func zshParses() throws {
        let (folder, file) = try Self.saved("zsh")
        defer { try? FileManager.default.removeItem(at: folder) }
        let zsh = try #require(Self.zsh)
        let parsed = try BackpropProcess.run(zsh, ["-n", file])
        #expect(parsed.status == 0, "\(parsed.error)")
        #expect(parsed.error.isEmpty)
        // Loaded as the completion system loads it: defines _backprop and registers it.
        let loaded = try BackpropProcess.run(zsh, [
            "-f", "-c", "autoload -Uz compinit && compinit -u -D && source \"$1\" && print -r -- $_comps[backprop]",
            "zsh", file,
        ], in: folder, environment: ["HOME": folder.path])
        #expect(loaded.status == 0, "\(loaded.error)")
        #expect(loaded.output == "_backprop\n")
    }

    @Test(.enabled(if: fish != nil, "fish is not installed; skipped"))
    func fishParsesAndCompletes() throws {
        let (folder, file) = try Self.saved("fish")
        defer { try? FileManager.default.removeItem(at: folder) }
        let fish = try #require(Self.fish)
        let parsed = try BackpropProcess.run(fish, ["--no-execute", file])
        #expect(parsed.status == 0, "\(parsed.error)")
        func complete(_ line: String) throws -> [String] {
            let result = try BackpropProcess.run(
                fish, ["--no-config", "-c", "source $argv[1]; complete -C $argv[2]", file, line],
                in: folder, environment: ["HOME": folder.path]
            )
            #expect(result.status == 0, "\(result.error)")
            return result.output.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        }
        #expect(try complete("backprop ex") == ["exercise", "explain"])
        #expect(try complete("backprop explain --form") == ["--format"])
        #expect(try complete("backprop explain --format ").sorted() == ["dot", "html", "json", "latex", "list", "markdown", "text"])
        #expect(try complete("backprop templates ") == ["export", "list"])
        #expect(try complete("backprop completions z") == ["zsh"])
    }

    @Test func anUnknownShellIsRefused() throws {
        let result = try BackpropProcess.run(["completions", "ksh"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("backprop: error: SHELL: 'ksh' is not one of bash, zsh, fish\n"))
    }

    @Test func everyOptionOfTheHelpIsInEveryScriptAndTheManual() throws {
        let scripts = try ["bash", "zsh", "fish"].map(Self.script)
        let manual = try BackpropProcess.run(["help", "--man"]).output
        for command in ["explain", "init", "worksheet", "check", "exercise", "templates"] {
            let help = try BackpropProcess.run(["help", command]).output
            // The option lines of the help: "  --format FORMAT  …", "  -o, --output FILE  …".
            let options = help.split(separator: "\n").filter { $0.hasPrefix("  -") }.compactMap { line in
                line.split(separator: " ").first { $0.hasPrefix("--") }.map { $0.trimmingCharacters(in: [","]) }
            }
            #expect(options.count >= 2, "\(command)")
            for option in options {
                #expect(scripts[0].contains("\"\(command) \(option)\""), "bash: \(command) \(option)")
                #expect(["[", "=", "}"].contains { scripts[1].contains(option + $0) }, "zsh: \(option)")
                #expect(scripts[2].contains("-l \(option.dropFirst(2))"), "fish: \(option)")
                #expect(manual.contains(option.replacingOccurrences(of: "-", with: "\\-")), "man: \(option)")
            }
        }
    }

    @Test(.enabled(if: groff != nil, "groff is not installed; skipped"))
    func theManualRendersWithoutWarnings() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = try BackpropProcess.run(["help", "--man"])
        #expect(page.status == 0)
        #expect(page.output.hasPrefix(".TH BACKPROP 1 "))
        let file = folder.appending(path: "backprop.1")
        try Data(page.output.utf8).write(to: file)
        let groff = try #require(Self.groff)
        let rendered = try BackpropProcess.run(groff, ["-man", "-Tutf8", "-ww", "-P-cbou", file.path])
        #expect(rendered.status == 0)
        #expect(rendered.error.isEmpty, "\(rendered.error)")
        #expect(rendered.output.contains("backprop explain"))
        #expect(rendered.output.contains("EXIT STATUS"))
        if let man = Self.installed("man") {
            let viaMan = try BackpropProcess.run(
                man, ["--warnings", "-l", file.path], environment: ["MANPAGER": "cat", "MANWIDTH": "80"]
            )
            #expect(viaMan.status == 0)
            #expect(viaMan.error.isEmpty, "\(viaMan.error)")
        }
        let withCommand = try BackpropProcess.run(["help", "explain", "--man"])
        #expect(withCommand.status == 64)
    }
}
