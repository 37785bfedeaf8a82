import Foundation
import Testing

/// `backprop train` run as a user runs it: reproducible bytes, learning that works, agreement
/// with `explain`, the progress bar, Ctrl-C, divergence and bad input.
@Suite struct TrainCommandTests {
    static func train(_ arguments: [String], in folder: URL? = nil) throws -> BackpropProcess.Result {
        try BackpropProcess.run(["train"] + arguments, in: folder)
    }

    /// The numbers of a network file's field (of its first layer, for per-neuron biases), as
    /// written: `--save` writes every digit.
    static func savedNumbers(_ field: String, in file: URL) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        return text.components(separatedBy: "\"\(field)\": [")[1].components(separatedBy: "]")[0]
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces.union(["["])) }
    }

    /// The final row of the Markdown loss table: epoch, loss, accuracy.
    static func lastLossRow(_ markdown: String) -> [String] {
        let table = markdown.components(separatedBy: "## Loss")[1].components(separatedBy: "\n\n")[1]
        let last = table.split(separator: "\n").last ?? ""
        return last.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    @Test func theSameSeedGivesTheSameBytes() throws {
        let arguments = ["--dataset", "circle", "--samples", "60", "--noise", "0.1", "--epochs", "30", "--format", "markdown"]
        let first = try Self.train(arguments + ["--seed", "3"])
        let second = try Self.train(arguments + ["--seed", "3"])
        let other = try Self.train(arguments + ["--seed", "4"])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output == second.output)
        #expect(first.output != other.output)
    }

    @Test func xorWithFourHiddenNeuronsIsLearnt() throws {
        let result = try Self.train(["--dataset", "xor", "--layers", "2,4,1", "--epochs", "10000", "--batch-size", "1", "--format", "markdown"])
        #expect(result.status == 0, "\(result.error)")
        let row = Self.lastLossRow(result.output)
        #expect(row.first == "10000")
        #expect((Double(row[1]) ?? 1) < 0.001, "\(row)")
        #expect(row[2] == "100%")
    }

    @Test func irisIsLearnt() throws {
        let result = try Self.train(["--dataset", "iris", "--epochs", "300", "--batch-size", "10", "--optimizer", "sgd", "--learning-rate", "0.1", "--format", "markdown"])
        #expect(result.status == 0, "\(result.error)")
        let row = Self.lastLossRow(result.output)
        #expect((Double(row[2].dropLast()) ?? 0) >= 90, "\(row)")
    }

    /// The weights `train` reaches after 5 steps are the ones `explain --trace-step 6` starts
    /// from, read back from the network file `train` saved, with each optimizer.
    @Test(arguments: [["--batch-size", "4"], ["--batch-size", "2"]], [[], ["--optimizer", "momentum"], ["--optimizer", "adam"]])
    func trainAndExplainAgreeOnTheWeightsAtStepK(batch: [String], optimizer: [String]) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let steps = batch[1] == "4" ? 5 : 10
        let trained = try Self.train(
            ["--dataset", "xor", "--epochs", "5", "--save-initial", "initial.json", "--save", "trained.json", "-o", "out.md"] + batch + optimizer,
            in: folder
        )
        #expect(trained.status == 0, "\(trained.error)")
        let explained = try BackpropProcess.run(
            ["explain", "--network", "initial.json", "--update-biases", "--trace-step", String(steps + 1),
             "--format", "list"] + batch + optimizer,
            in: folder
        )
        #expect(explained.status == 0, "\(explained.error)")
        let weights = try Self.savedNumbers("weights", in: folder.appending(path: "trained.json"))
        #expect(weights.count == 12)
        for (index, weight) in weights.enumerated() {
            #expect(explained.output.contains("\nw\(index + 1) = \(weight)\n"), "w\(index + 1) = \(weight)")
        }
    }

    @Test func theProgressBarIsDrawnOnATerminalOnly() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = "\(BackpropProcess.executable.path) train --dataset xor --epochs 3000 -o out.md"
        let script = try BackpropProcess.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: folder)
        #expect(script.status == 0)
        #expect(script.output.contains("epoch 3000/3000"), "\(script.output.suffix(300))")
        #expect(script.output.contains("ETA"))
        let piped = try Self.train(["--dataset", "xor", "--epochs", "3000", "-o", "out.md"], in: folder)
        #expect(piped.status == 0)
        #expect(piped.error.isEmpty)
        let quiet = try BackpropProcess.run(
            URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command + " --quiet", "/dev/null"], in: folder
        )
        #expect(!quiet.output.contains("ETA"))
    }

    @Test func ctrlCStopsAfterTheStepAndWritesTheResults() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let running = try RunningBackprop(
            ["train", "--dataset", "xor", "--epochs", "1000000000", "-o", "out.md", "--save", "net.json"], in: folder
        )
        #expect(RunningBackprop.waitUntil { RunningBackprop.entries(of: folder).contains { $0.hasPrefix(".out.md") } })
        usleep(500_000)
        running.send(SIGINT)
        let result = running.finish()
        #expect(result.exited && result.status == 0, "\(result)")
        #expect(result.error.contains("interrupted"))
        #expect(RunningBackprop.entries(of: folder) == ["net.json", "out.md"])
        let document = try String(contentsOf: folder.appending(path: "out.md"), encoding: .utf8)
        #expect(document.contains("Interrupted:"))
    }

    @Test func divergenceNamesTheEpochAndWritesNothing() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.train(
            ["--dataset", "xor", "--activation", "linear", "--optimizer", "sgd", "--learning-rate", "100", "--epochs", "1000", "-o", "out.md"],
            in: folder
        )
        #expect(result.status == 65)
        #expect(result.error.hasPrefix("backprop: error: the loss stopped being finite in epoch "), "\(result.error)")
        #expect(result.error.contains("--learning-rate"))
        #expect(RunningBackprop.entries(of: folder).isEmpty)
    }

    @Test func aCSVWithALabelColumnBecomesOneHotTargets() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "x,y,kind\n0,0,red\n0,1,blue\n1,0,blue\n1,1,green\n"
        try Data(csv.utf8).write(to: folder.appending(path: "points.csv"))
        let result = try Self.train(
            ["--examples", "points.csv", "--label-column", "3", "--epochs", "3", "--format", "markdown", "--save", "net.json"],
            in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        let saved = try String(contentsOf: folder.appending(path: "net.json"), encoding: .utf8)
        #expect(saved.contains("\"layers\": [2, 8, 3]"))
        // Classes sorted by name: blue, green, red.
        #expect(saved.contains("{\"inputs\": [0, 0], \"targets\": [0, 0, 1]}"))
        #expect(saved.contains("\"loss\": \"cross-entropy\""))
    }

    @Test(arguments: [
        (["--dataset", "mnist"], 64, "--dataset: 'mnist' is not one of"),
        (["--epochs", "0"], 64, "--epochs: 0 is out of range"),
        (["--dataset", "xor", "--samples", "10"], 64, "--samples is for the generated data sets"),
        (["--label-column", "2"], 64, "--label-column needs --examples FILE.csv"),
        (["--dataset", "iris", "--layers", "4,5,2"], 65, "the data has 3 classes but the output layer 2 neurons"),
        (["--dataset", "xor", "--layers", "3,2,1"], 65, "the data has 2 inputs per example but the input layer 3"),
        (["--optimizer", "sgd", "--momentum", "0.5"], 64, "--momentum is for --optimizer momentum"),
        (["--dataset", "xor", "--inputs", "1,2"], 64, "--dataset gives the examples: leave out --inputs"),
    ] as [([String], Int32, String)])
    func badInputIsOneLine(arguments: [String], status: Int32, message: String) throws {
        let result = try Self.train(arguments)
        #expect(result.status == status, "\(result.error)")
        #expect(result.error.hasPrefix("backprop: error: \(message)"), "\(result.error)")
        #expect(result.error.split(separator: "\n").count <= 2)
    }

    @Test(arguments: [
        (["--optimizer", "adam", "--round", "4"], 64, "--round 4 with --optimizer adam: Adam's second moments"),
        (["--optimizer", "momentum", "--adam-epsilon", "0.1"], 64, "--adam-epsilon is for --optimizer rmsprop or adam"),
        (["--optimizer", "adam", "--beta1", "1"], 64, "--beta1: 1 is out of range (0 to below 1)"),
        (["--optimizer", "adam", "--adam-epsilon", "0"], 64, "--adam-epsilon: 0 is out of range (above 0, at most 1)"),
        (["--optimizer", "nesterov"], 64, "--optimizer: 'nesterov' is not one of"),
        (["--nesterov"], 64, "--nesterov is for --optimizer momentum"),
        (["--optimizer", "adam", "--alpha", "0.9"], 64, "--alpha is for --optimizer rmsprop"),
        (["--optimizer", "rmsprop", "--alpha", "1"], 64, "--alpha: 1 is out of range (0 to below 1)"),
        (["--optimizer", "rmsprop", "--round", "6"], 64, "--round 6 with --optimizer rmsprop: its averages of squared gradients"),
        (["--weight-decay", "2"], 64, "--weight-decay: 2 is out of range (0 to 1)"),
        (["--weight-decay", "-0.1"], 64, "--weight-decay: -0.1 is out of range (0 to 1)"),
    ] as [([String], Int32, String)])
    func explainRefusesBadOptimizerSettings(arguments: [String], status: Int32, message: String) throws {
        let result = try BackpropProcess.run(["explain", "--format", "list"] + arguments)
        #expect(result.status == status, "\(result.error)")
        #expect(result.error.hasPrefix("backprop: error: \(message)"), "\(result.error)")
        #expect(result.error.split(separator: "\n").count <= 2)
    }

    /// `explain` traces Adam's third step from the command line: the state as step 3 finds it
    /// and every state term of the update.
    @Test func explainTracesAdamsState() throws {
        let result = try BackpropProcess.run(["explain", "--optimizer", "adam", "--trace-step", "3", "--format", "list"])
        #expect(result.status == 0, "\(result.error)")
        for name in ["beta1", "beta2", "epsilon", "m_w5", "v_w5", "m_w5+", "v_w5+", "mhat_w5", "vhat_w5", "w5+"] {
            #expect(result.output.contains("\n\(name) = "), "\(name)")
        }
        #expect(result.output.contains("# after 3 steps"))
    }

    @Test func explainRefusesATraceStepAfterTheLastStep() throws {
        let result = try BackpropProcess.run(["explain", "--trace-step", "3", "--steps", "2"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("backprop: error: --trace-step: 3 is not one of the 2 steps run"))
    }

    @Test(arguments: [("text", "xor.txt"), ("markdown", "xor.md"), ("json", "xor.json")])
    func smallRunsMatchTheirGoldenFiles(format: String, file: String) throws {
        let result = try Self.train(["--dataset", "xor", "--epochs", "50", "--format", format])
        #expect(result.status == 0)
        try TrainGolden.check(result.output, against: file)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/pdflatex"), "needs pdflatex"))
    func theLaTeXCompiles() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.train(["--dataset", "gauss", "--samples", "40", "--epochs", "20", "--format", "latex", "-o", "run.tex"], in: folder)
        #expect(result.status == 0)
        let latex = try BackpropProcess.run(
            URL(fileURLWithPath: "/usr/bin/pdflatex"), ["-interaction=nonstopmode", "-halt-on-error", "run.tex"], in: folder
        )
        #expect(latex.status == 0, "\(latex.output.suffix(500))")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "needs Chromium"))
    func theHTMLRendersInHeadlessChromium() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Self.train(["--dataset", "gauss", "--samples", "40", "--epochs", "20", "--format", "html", "-o", "run.html"], in: folder)
        #expect(result.status == 0)
        let dom = try BackpropProcess.run(
            URL(fileURLWithPath: "/usr/bin/chromium"),
            ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", folder.appending(path: "run.html").path],
            environment: ["HOME": folder.path]
        )
        #expect(dom.output.contains("<polyline"), "\(dom.error.suffix(300))")
        #expect(dom.output.contains("aria-label=\"decision regions\""))
    }
}

/// The golden files of `train`'s output in `Golden/`; `BACKPROP_UPDATE_GOLDEN=1` rewrites them.
enum TrainGolden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    static func check(_ actual: String, against name: String) throws {
        let url = folder.appending(path: name)
        if ProcessInfo.processInfo.environment["BACKPROP_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let line = zip(actual.split(separator: "\n"), expected.split(separator: "\n")).enumerated()
            .first { $0.element.0 != $0.element.1 }?.offset
        #expect(actual == expected, "\(name) differs at line \((line ?? 0) + 1) (BACKPROP_UPDATE_GOLDEN=1 rewrites it)")
    }
}
