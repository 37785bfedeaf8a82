import Foundation
import Testing

/// What people coming from other tools type gets a hint naming backprop's spelling.
@Suite struct CommonGuessTests {
    @Test(arguments: [
        (["explain", "--lr", "0.1"], "unknown option '--lr' for 'explain' (did you mean '--learning-rate'?)"),
        (["train", "--lr", "0.1"], "unknown option '--lr' for 'train' (did you mean '--learning-rate'?)"),
        (["train", "--epsilon", "1e-7"], "unknown option '--epsilon' for 'train' (did you mean '--adam-epsilon'?)"),
        (["explain", "--format", "pdf"], "--format: 'pdf' is not one of markdown, text, json, list, latex, html, dot (for a PDF, give --pdf FILE)"),
        (["explain", "--format", "md"], "--format: 'md' is not one of markdown, text, json, list, latex, html, dot (did you mean 'markdown'?)"),
        (["train", "--format", "pdf"], "--format: 'pdf' is not one of text, markdown, html, latex, json (for a PDF, run pdflatex on --format latex)"),
        (["explain", "--epsilon", "1e-7", "--optimizer", "adam"], "--epsilon is the gradient check's step (--view gradient-check); Adam's ε is --adam-epsilon"),
    ])
    func aGuessedSpellingIsAnsweredWithOurs(arguments: [String], message: String) throws {
        let result = try BackpropProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("backprop: error: \(message)\n"), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test(arguments: [
        ("mse", "PyTorch's MSELoss() is \"mean-squared\""),
        ("bce", "PyTorch's BCELoss(reduction='sum') is \"binary-cross-entropy\""),
        ("ce", "PyTorch's CrossEntropyLoss is \"cross-entropy\""),
        ("nll", "PyTorch's NLLLoss after LogSoftmax is \"cross-entropy\""),
        ("log-loss", "log loss is \"binary-cross-entropy\" for logistic outputs, PyTorch's BCELoss"),
        ("categorical-cross-entropy", "PyTorch's CrossEntropyLoss, is \"cross-entropy\""),
        ("MSE", "PyTorch's MSELoss() is \"mean-squared\""),
    ])
    func aLossByAnotherNameNamesOursAndPyTorchs(name: String, hint: String) throws {
        let result = try BackpropProcess.run(["explain", "--loss", name])
        #expect(result.status == 65)
        #expect(result.error.hasPrefix("backprop: error: --loss: unknown loss \"\(name)\" ("), "\(result.error)")
        #expect(result.error.contains(hint), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test func theAdamEpsilonHasOneNameInEveryCommand() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let train = try BackpropProcess.run(
            ["train", "--dataset", "xor", "--epochs", "2", "--optimizer", "adam", "--adam-epsilon", "1e-7", "--quiet", "-o", "out.md"],
            in: folder
        )
        #expect(train.status == 0, "\(train.error)")
        for command in ["explain", "train"] {
            let help = try BackpropProcess.run(["help", command]).output
            #expect(help.contains("--adam-epsilon X"), "\(command)")
            #expect(!help.contains("--epsilon X"), "\(command)")
        }
        let ignored = try BackpropProcess.run(["explain", "--epsilon", "0.001", "--format", "text"])
        #expect(ignored.error == "backprop: note: --epsilon applies to --view gradient-check and all only; it is ignored (Adam's ε is --adam-epsilon)\n")
    }

    @Test func helpForAnUnknownCommandListsTheCommands() throws {
        let result = try BackpropProcess.run(["help", "nonsense"])
        #expect(result.status == 64)
        #expect(result.error == """
            backprop: error: unknown command 'nonsense'; the commands are explain, train, init, worksheet, check, quiz, exercise, templates, completions, help
            backprop: see 'backprop --help'

            """)
    }

    @Test func aBiasCountThatDoesNotFitShowsThePerNeuronSyntax() throws {
        let flag = try BackpropProcess.run(["explain", "--biases", "0.1,0.2,0.3,0.4"])
        #expect(flag.status == 65)
        #expect(flag.error == "backprop: error: --biases: expected 2 numbers for layers [2, 2, 2], got 4 (layers from the reference network); for a bias per neuron, split the layers with ';': b,b;b,b\n")
        let wide = try BackpropProcess.run(["explain", "--layers", "2,6,1", "--weights", "@-", "--targets", "0.5", "--biases", "1,2,3"], input: Array(repeating: "0.1", count: 18).joined(separator: ","))
        #expect(wide.error.hasSuffix("split the layers with ';': b,…,b (6);b\n"), "\(wide.error)")
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try #"{"biases": [0.1, 0.2, 0.3]}"#.write(to: folder.appending(path: "net.json"), atomically: true, encoding: .utf8)
        let file = try BackpropProcess.run(["explain", "--network", "net.json"], in: folder)
        #expect(file.error.hasSuffix("for a bias per neuron, give an array per layer: [[b,b], [b,b]]\n"), "\(file.error)")
    }

    @Test func theReferenceValuesTakenAreOneNote() throws {
        let result = try BackpropProcess.run(
            ["explain", "--layers", "2,2,1", "--weights", "0.15,0.2,0.25,0.3,0.4,0.45", "--targets", "0.01"]
        )
        #expect(result.status == 0)
        #expect(result.error == "backprop: note: the inputs and biases are the reference network's, although the layers are not (give --inputs and --biases, or set them in the network file)\n")
    }
}
