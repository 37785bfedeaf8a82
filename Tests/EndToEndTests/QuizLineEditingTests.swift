import Foundation
import Testing

/// On a terminal the quiz's answers can be edited as in a shell: ← → Backspace, ↑ for the
/// answers given before. Piped answers are read as lines, escape sequences and all.
@Suite struct QuizLineEditingTests {
    static let left = "\u{1B}[D", up = "\u{1B}[A", backspace = "\u{7F}"

    @Test func arrowsAndBackspaceEditTheAnswer() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 0.375, two left, 7 → 0.3775; then 0.59x, Backspace, 33 → 0.5933.
        let result = try PseudoTerminal.run(
            ["quiz", "--save", "t.txt"], environment: ["NO_COLOR": "1"],
            keys: ["0.375", Self.left + Self.left, "7\r", "0.59x", Self.backspace, "33\r", "q\r"], in: folder
        )
        #expect(result.status == 0, "\(result.screen)")
        #expect(!result.screen.contains("is not a number"), "\(result.screen)")
        #expect(result.screen.components(separatedBy: "✓ correct").count == 3, "\(result.screen)")
        let saved = try String(contentsOf: folder.appending(path: "t.txt"), encoding: .utf8)
        #expect(saved.contains("\nnet_h1 = 0.3775\n"), "\(saved)")
        #expect(saved.contains("\nout_h1 = 0.5933\n"), "\(saved)")
    }

    @Test func upRecallsTheAnswerBefore() throws {
        let result = try PseudoTerminal.run(
            ["quiz"], environment: ["NO_COLOR": "1"], keys: ["0.3775\r", Self.up, "\r", "q\r"]
        )
        #expect(result.status == 0)
        #expect(!result.screen.contains("is not a number"), "\(result.screen)")
        // The recalled 0.3775 is judged as the answer for out_h1: wrong, but a number.
        #expect(result.screen.contains("✓ correct"))
        #expect(result.screen.contains("✗ not quite"), "\(result.screen)")
    }

    @Test func pipedAnswersAreReadAsLines() throws {
        let result = try BackpropProcess.run(["quiz"], input: "\u{1B}[A\n0.3775\nq\n")
        #expect(result.status == 0)
        #expect(result.output.contains("is not a number"))
        #expect(result.output.contains("✓ correct"))
    }
}
