import Foundation
import Testing

/// A long `explain --steps` run shows a progress line on a terminal, and Ctrl-C stops it
/// leaving nothing behind.
@Suite struct ExplainProgressTests {
    @Test func aLongRunShowsProgressAndCtrlCLeavesNothing() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // `timeout` sends SIGINT after 3 s, as Ctrl-C would, inside a pseudo-terminal.
        let command = "timeout --preserve-status -s INT 3 \(BackpropProcess.executable.path) explain --steps 1000000000 -o out.md"
        let script = try BackpropProcess.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: folder)
        #expect(script.status == 130, "\(script.output.suffix(300))")
        #expect(script.output.contains("/1000000000 "), "\(script.output.suffix(300))")
        #expect(script.output.contains("ETA"))
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0 != "typescript" }
        #expect(left.isEmpty, "\(left)")
    }

    @Test func noProgressWhenStandardErrorIsNotATerminal() throws {
        let result = try BackpropProcess.run(["explain", "--steps", "200000", "--format", "list"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty, "\(result.error)")
    }
}
