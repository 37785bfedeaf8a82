import Foundation
import Testing

/// `backprop quiz` driven both ways: answers piped in line by line, and typed at a
/// pseudo-terminal (`script`), with Ctrl-D, Ctrl-C and a resumed session.
@Suite struct QuizCommandTests {
    let folder: URL

    init() throws { folder = try BackpropProcess.temporaryDirectory() }

    @Test func aPipedSessionIsJudgedTermByTermAndSaved() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = ["0.3775", "0.59", "0.5933", "?", "?", "0.5", "reveal", "skip", "back", "abc", "q"]
        let result = try BackpropProcess.run(
            ["quiz", "--save", "session.txt"], in: folder, input: answers.joined(separator: "\n") + "\n"
        )
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        #expect(result.output.hasPrefix("Quiz: one training step of the reference 2-2-2 network, term by term (59 terms).\n"))
        let start = try #require(result.output.range(of: "== The forward pass: hidden layer\n"))
        let transcript = result.output[start.upperBound...]
        #expect(transcript.hasPrefix("""
            [term 1 of 59] net_h1 = w*i + w*i + b*1
            net_h1 = 0.3775
            ✓ correct
            [term 2 of 59] out_h1 = 1/(1 + exp(-net))
            out_h1 = 0.59
            ~ too imprecise to judge: 2 significant figures, at least 3 needed; write more digits.
            out_h1 = 0.5933
            ✓ correct
            [term 3 of 59] net_h2 = w*i + w*i + b*1
            net_h2 = ?
            hint: net_h2 = w3*i1 + w4*i2 + b1*1
            net_h2 = ?
            hint: net_h2 = 0.25*0.05 + 0.3*0.1 + 0.35*1, from your values
            net_h2 = 0.5
            ✗ not quite. Try again, or ? for a hint, reveal, skip.
            net_h2 = reveal
            revealed: net_h2 = 0.3925
            [term 4 of 59] out_h2 = 1/(1 + exp(-net))
            out_h2 = skip

            """))
        #expect(transcript.contains("""
            [term 4 of 59] out_h2 = 1/(1 + exp(-net))
            out_h2 = abc
            ! 'abc' is not a number
            out_h2 = q

            Score: 2 of 59 right, 1 revealed, 56 not answered.
            Saved in session.txt: 'backprop check session.txt' marks it, 'backprop quiz --resume session.txt' carries on.

            """))
        let checked = try BackpropProcess.run(["check", "session.txt"], in: folder)
        #expect(checked.status == 0, "\(checked.output)")
        #expect(checked.output.hasSuffix("Score: 2 of 2 right, 0 wrong; 57 left empty.\n"))
    }

    @Test func aResumedSessionCarriesOnWhereItStopped() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try BackpropProcess.run(["quiz", "--save", "s.txt"], in: folder, input: "0.3775\n0.5933\nq\n")
        let resumed = try BackpropProcess.run(["quiz", "--resume", "s.txt"], in: folder, input: "0.3925\n")
        #expect(resumed.status == 0)
        #expect(resumed.output.contains("[term 3 of 59] net_h2 = w*i + w*i + b*1\nnet_h2 = 0.3925\n✓ correct\n"))
        #expect(!resumed.output.contains("[term 1 of 59]"))
        #expect(resumed.output.contains("Score: 3 of 59 right, 56 not answered.\n"))
        let checked = try BackpropProcess.run(["check", "s.txt"], in: folder)
        #expect(checked.output.hasSuffix("Score: 3 of 3 right, 0 wrong; 56 left empty.\n"))
    }

    @Test func aGeneratedExerciseIsItsOwnNetwork() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["quiz", "--seed", "3", "--save", "s.txt"], in: folder, input: "reveal\n")
        #expect(result.output.contains("  i1 = 0.67, i2 = 0.08, w1 = 0.56,"))
        let exercise = try BackpropProcess.run(["exercise", "--seed", "3", "--out-dir", "set"], in: folder)
        #expect(exercise.status == 0)
        let values = try AnswerFiles.exactValues(["--network", folder.appending(path: "set/exercise-01.json").path])
        let revealed = String(format: "%.4f", try #require(values["net_h1"]))
        #expect(result.output.contains("revealed: net_h1 = \(revealed)\n"))
    }

    /// `backprop command` run by `script` on a pseudo-terminal, so the quiz sees a terminal;
    /// `keys` are typed with pauses (`|` is a pause of half a second); the output ends with
    /// `status=` and backprop's exit status.
    func typed(_ keys: String, command: String) throws -> BackpropProcess.Result {
        let typing = keys.split(separator: "|", omittingEmptySubsequences: false)
            .map { "printf '\($0)'" }.joined(separator: "; sleep 0.5; ")
        let line = "(\(typing); sleep 1) | script -qec '\(BackpropProcess.executable.path) \(command)' /dev/null; echo status=$?"
        return try BackpropProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", line], in: folder, environment: ["NO_COLOR": "1"])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func ctrlDOnATerminalStopsWithASummary() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try typed("0.3775\\n|0.5933\\n|\\004", command: "quiz --save t.txt")
        let output = result.output.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(output.contains("out_h1 = 0.5933\n✓ correct\n"))
        #expect(output.contains("\n\nScore: 2 of 59 right, 57 not answered.\nSaved in t.txt:"))
        #expect(output.hasSuffix("status=0\n"))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func ctrlCOnATerminalSavesAndExits130() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try typed("0.3775\\n|\\003", command: "quiz --save t.txt")
        let output = result.output.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(output.contains("backprop: quiz stopped; your answers are saved in t.txt ('backprop quiz --resume t.txt' carries on)\n"))
        #expect(output.hasSuffix("status=130\n"))
        let saved = try String(contentsOf: folder.appending(path: "t.txt"), encoding: .utf8)
        #expect(saved.contains("\nnet_h1 = 0.3775\n"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["t.txt"], "no temporary file left behind")
    }

    struct Failing: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let status: Int32
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Failing(arguments: ["quiz", "--seed", "3", "--weights", "1,2"], status: 64, message: "--seed draws the network: it cannot be used with --weights"),
        Failing(arguments: ["quiz", "--save", "-"], status: 64, message: "--save needs a file: standard output shows the quiz"),
        Failing(arguments: ["quiz", "--network", "-"], status: 64, message: "the quiz reads your answers from standard input, so --network cannot read it too"),
        Failing(arguments: ["quiz", "--resume", "nope.txt"], status: 66, message: "nope.txt: no such file"),
        Failing(arguments: ["quiz", "--min-digits", "0"], status: 64, message: "--min-digits: 0 is out of range (1 to"),
        Failing(arguments: ["quiz", "extra"], status: 64, message: "unexpected argument 'extra' for 'quiz'"),
    ])
    func failuresHaveTheirStatus(_ example: Failing) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(example.arguments, in: folder, input: "")
        #expect(result.status == example.status)
        #expect(result.error.hasPrefix("backprop: error: \(example.message)"), "\(result.error)")
        #expect(result.output.isEmpty)
    }
}
