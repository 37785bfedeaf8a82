import Foundation
import Testing

/// `backprop exercise` with settings other than the reference's, as an instructor runs it.
@Suite struct ExerciseSettingsCommandTests {
    static let classifier = [
        "--loss", "cross-entropy", "--activation", "tanh,softmax", "--examples", "2", "--biases", "none",
    ]

    @Test func aSoftmaxBatchWithoutBiasesIsWrittenAndItsWorksheetFilledFromTheAnswersChecksClean() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BackpropProcess.run(["exercise", "--seed", "7"] + Self.classifier + ["--out-dir", "set"], in: folder)
        #expect(made.status == 0, "\(made.error)")
        let set = folder.appending(path: "set")
        let network = try String(contentsOf: set.appending(path: "exercise-01.json"), encoding: .utf8)
        #expect(network.contains("\"biases\": null"))
        #expect(network.contains("\"activation\": [\"tanh\", \"softmax\"]"))
        #expect(network.contains("\"loss\": \"cross-entropy\""))
        #expect(network.contains("\"examples\": ["))
        let problem = try String(contentsOf: set.appending(path: "exercise-01-problem.md"), encoding: .utf8)
        #expect(problem.contains("a batch of 2 examples with the cross-entropy"))
        #expect(problem.contains("The network has no biases."))

        let sheet = try String(contentsOf: set.appending(path: "exercise-01-worksheet.txt"), encoding: .utf8)
        #expect(sheet.contains("#@ backprop-worksheet"), "the worksheet carries its network for check")
        #expect(!sheet.contains("b1"), "a network without biases has no bias terms to fill in")
        let values = try AnswerFiles.exactValues(["--network", set.appending(path: "exercise-01.json").path])
        let filled = AnswerFiles.filled(sheet, with: values, decimals: 9)
        #expect(!filled.contains(" =\n"), "every line of the worksheet has a value in the answers")
        try Data(filled.utf8).write(to: set.appending(path: "mine.txt"))
        let checked = try BackpropProcess.run(["check", "mine.txt"], in: set)
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")

        let explain = try BackpropProcess.run(["explain", "--network", "set/exercise-01.json"], in: folder)
        let key = try String(contentsOf: set.appending(path: "exercise-01-answers.md"), encoding: .utf8)
        #expect(key == explain.output)
    }

    @Test func updatedBiasesReachTheWorksheetTheCheckAndTheAnswerKey() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BackpropProcess.run(
            ["exercise", "--seed", "4", "--update-biases", "--learning-rate", "0.25", "--activation", "tanh",
             "--loss", "squared", "--format", "text", "--out-dir", "set"],
            in: folder
        )
        #expect(made.status == 0, "\(made.error)")
        let set = folder.appending(path: "set")
        let sheet = try String(contentsOf: set.appending(path: "exercise-01-worksheet.txt"), encoding: .utf8)
        #expect(sheet.contains("#@ backprop-worksheet"), "the worksheet carries its network and options for check")
        #expect(sheet.contains("\nb1+ =\n"))
        let network = set.appending(path: "exercise-01.json").path
        let values = try AnswerFiles.exactValues(["--network", network, "--update-biases"])
        try Data(AnswerFiles.filled(sheet, with: values, decimals: 9).utf8).write(to: set.appending(path: "mine.txt"))
        let checked = try BackpropProcess.run(["check", "mine.txt"], in: set)
        #expect(checked.status == 0, "\(checked.output)\(checked.error)")
        let explain = try BackpropProcess.run(
            ["explain", "--network", "set/exercise-01.json", "--update-biases", "--format", "text"], in: folder
        )
        let key = try String(contentsOf: set.appending(path: "exercise-01-answers.txt"), encoding: .utf8)
        #expect(key == explain.output)
        // Text is wrapped to 80 columns: compare the words.
        let problem = try String(contentsOf: set.appending(path: "exercise-01-problem.txt"), encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ")
        #expect(problem.contains("with the tanh activation"))
        #expect(problem.contains("the biases are updated too."))
    }

    @Test func theSameSeedAndSettingsWriteTheSameSetAndTheDefaultsSpelledOutChangeNothing() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runs: [(String, [String])] = [
            ("a", Self.classifier), ("b", Self.classifier), ("c", []),
            ("d", ["--activation", "logistic", "--loss", "half-squared", "--learning-rate", "0.5", "--examples", "1"]),
        ]
        for (name, settings) in runs {
            let result = try BackpropProcess.run(["exercise", "--seed", "5", "--count", "2", "--out-dir", name] + settings, in: folder)
            #expect(result.status == 0, "\(result.error)")
        }
        func file(_ set: String, _ name: String = "exercise-02.json") throws -> String {
            try String(contentsOf: folder.appending(path: set + "/" + name), encoding: .utf8)
        }
        #expect(try file("a") == file("b"))
        #expect(try file("a", "index.md") == file("b", "index.md"))
        #expect(try file("c") == file("d"))
        #expect(try file("c", "exercise-01-problem.md") == file("d", "exercise-01-problem.md"))
        #expect(try file("a") != file("c"))
    }

    @Test(arguments: [
        (["--loss", "cross-entropy"], 65, "--loss: cross-entropy needs softmax outputs, but the output layer is logistic"),
        (["--loss", "binary-cross-entropy", "--activation", "tanh"], 65, "--loss: binary-cross-entropy needs logistic outputs"),
        (["--activation", "softmax"], 65, "--activation: softmax on layer 1 is not allowed"),
        (["--activation", "tanh,tanh,softmax"], 65, "--activation: expected 2 activations for layers [2, 2, 2], got 3"),
        (["--activation", "tahn"], 65, "--activation: unknown activation \"tahn\" (did you mean \"tanh\"?)"),
        (["--loss", "cross-entropi"], 65, "--loss: unknown loss \"cross-entropi\" (did you mean \"cross-entropy\"?)"),
        (["--activation", "softmax", "--layers", "2,1"], 64, "--activation: a softmax output layer needs at least 2 neurons"),
        (["--examples", "9"], 64, "--examples: 9 is out of range (1 to 8)"),
        (["--examples", "two"], 64, "--examples: 'two' is not a whole number"),
        (["--learning-rate", "0"], 64, "--learning-rate: 0 is not for an exercise: it must be more than 0 and at most 10"),
        (["--learning-rate", "x"], 64, "--learning-rate: 'x' is not a number"),
        (["--biases", "0.5"], 64, "--biases: '0.5' is not 'none'"),
        (["--biases", "none", "--update-biases"], 64, "--update-biases: there are no biases to update (--biases none)"),
    ])
    func settingsThatMakeNoExerciseAreRefusedInOneLine(settings: [String], status: Int32, message: String) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["exercise", "--seed", "1", "--out-dir", "set"] + settings, in: folder)
        #expect(result.status == status)
        let lines = result.error.split(separator: "\n")
        #expect(lines.first?.hasPrefix("backprop: error: " + message) == true, "\(result.error)")
        #expect(lines.count == (status == 64 ? 2 : 1), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "set").path))
    }

    @Test func helpListsTheSettings() throws {
        let help = try BackpropProcess.run(["help", "exercise"])
        for flag in ["--activation", "--loss", "--learning-rate", "--update-biases", "--biases", "--examples"] {
            #expect(help.output.contains(flag), "\(flag)")
        }
    }
}
