import Foundation
import Testing

/// `backprop explain` in its document formats, as a user runs it.
@Suite struct WalkthroughCommandTests {
    static func golden(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("BackpropRenderTests/Golden/\(name)")
        return try String(contentsOf: url, encoding: .utf8)
    }

    @Test func noArgumentsReproducesTheReferenceWalkthrough() throws {
        let result = try BackpropProcess.run(["explain"])
        #expect(result.status == 0)
        #expect(result.output == (try Self.golden("reference.md")))
    }

    @Test func textFormatMatchesItsGoldenFile() throws {
        let result = try BackpropProcess.run(["explain", "--format", "text"])
        #expect(result.output == (try Self.golden("reference.txt")))
    }

    @Test func boldOnlyOnATerminalAndNeverWithNoColor() throws {
        let plain = try BackpropProcess.run(["explain", "--format", "text"])
        #expect(!plain.output.contains("\u{1B}"))
        try #require(FileManager.default.fileExists(atPath: "/usr/bin/script"), "util-linux's script runs it under a terminal")
        let command = BackpropProcess.executable.path + " explain --format text"
        func underTerminal(_ environment: [String: String]) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
            process.arguments = ["-qc", command, "/dev/null"]
            var variables = ["PATH": "/usr/bin:/bin", "TERM": "xterm", "PAGER": ""]
            variables.merge(environment) { $1 }
            process.environment = variables
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardInput = FileHandle.nullDevice
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return String(decoding: data, as: UTF8.self)
        }
        #expect(try underTerminal([:]).contains("\u{1B}[1m== The network\u{1B}[0m"))
        #expect(!(try underTerminal(["NO_COLOR": "1"]).contains("\u{1B}")))
    }

    @Test func digitsAndDetailChangeTheDocument() throws {
        let short = try BackpropProcess.run(["explain", "--format", "text", "--digits", "4", "--detail", "all"])
        #expect(short.status == 0)
        #expect(short.output.contains("out_h1 = 1/(1 + e^(−net_h1)) = 1/(1 + e^(−0.3775)) = 0.5933"))
        #expect(short.output.contains("w8⁺ = w8 − η · ∂E_total/∂w8"))
        let ascii = try BackpropProcess.run(["explain", "--format", "text", "--ascii"])
        #expect(!ascii.output.contains("│") && ascii.output.contains("+-"))
    }

    @Test func templatesCanBeExportedAndOverriddenFileByFile() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let exported = try BackpropProcess.run(["templates", "export", "mine"], in: folder)
        #expect(exported.status == 0)
        let summary = folder.appendingPathComponent("mine/markdown/summary.md")
        #expect(FileManager.default.fileExists(atPath: summary.path))
        let again = try BackpropProcess.run(["templates", "export", "mine"], in: folder)
        #expect(again.status == 73)
        // Only one file overridden: the rest still come from the built-in set.
        let only = folder.appendingPathComponent("only/markdown")
        try FileManager.default.createDirectory(at: only, withIntermediateDirectories: true)
        try Data("## Done: {{ summary.before }} to {{ summary.after }}\n".utf8)
            .write(to: only.appendingPathComponent("summary.md"))
        let custom = try BackpropProcess.run(["explain", "--template-dir", "only"], in: folder)
        #expect(custom.status == 0)
        #expect(custom.output.hasSuffix("## Done: 0.298371109 to 0.291027774\n"))
        #expect(custom.output.contains("## The forward pass"))
    }

    @Test func brokenTemplatesNameFileLineAndColumn() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appendingPathComponent("t/markdown")
        try FileManager.default.createDirectory(at: markdown, withIntermediateDirectories: true)
        try Data("# {{ title }}\n\n{% for row in rows %}\n".utf8).write(to: markdown.appendingPathComponent("walkthrough.md"))
        let unclosed = try BackpropProcess.run(["explain", "--template-dir", "t", "-o", "out.md"], in: folder)
        #expect(unclosed.status == 65)
        #expect(unclosed.error.contains("t/markdown/walkthrough.md:3:1: "), "\(unclosed.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.md").path))
        try Data("# {{ titel }}\n".utf8).write(to: markdown.appendingPathComponent("walkthrough.md"))
        let unknown = try BackpropProcess.run(["explain", "--template-dir", "t"], in: folder)
        #expect(unknown.status == 65)
        #expect(unknown.error.contains("walkthrough.md:1:3: unknown variable 'titel'"), "\(unknown.error)")
        let missing = try BackpropProcess.run(["explain", "--template-dir", "nowhere"], in: folder)
        #expect(missing.status == 66)
    }

    @Test func theBinaryRendersWhenCopiedAlone() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("backprop")
        try FileManager.default.copyItem(at: BackpropProcess.executable, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = ["explain"]
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: data, as: UTF8.self) == (try Self.golden("reference.md")))
    }
}
