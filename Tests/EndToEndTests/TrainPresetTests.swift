import Foundation
import Testing

/// Every built-in data set trains with its preset: it learns by default, the header shows the
/// settings, each flag overrides its part, and a run that ends near chance says so.
@Suite struct TrainPresetTests {
    static let datasets = ["xor", "and", "or", "circle", "gauss", "xor-cloud", "spiral", "iris"]

    /// The accuracy the preset reaches from the default seed: at least 95%, the spiral 90%.
    /// (A real run of the default settings; the debug build takes its time over the spiral's
    /// 1500 full-batch epochs.)
    @Test(arguments: datasets)
    func thePresetLearnsTheSet(dataset: String) throws {
        let result = try TrainCommandTests.train(["--dataset", dataset, "--format", "markdown", "--quiet"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty, "\(result.error)")
        let row = TrainCommandTests.lastLossRow(result.output)
        let accuracy = try #require(Double(row[2].dropLast()), "\(row)")
        #expect(accuracy >= (dataset == "spiral" ? 90 : 95), "\(dataset): \(row)")
        #expect(result.output.contains("The \(dataset) preset: layers "))
        #expect(result.output.contains("Every flag overrides its part of the preset."))
        #expect(!result.output.contains("close to what always answering"))
    }

    @Test func eachFlagOverridesItsPart() throws {
        let result = try TrainCommandTests.train([
            "--dataset", "circle", "--epochs", "3", "--layers", "2,3,1", "--optimizer", "momentum",
            "--format", "markdown",
        ])
        #expect(result.status == 0, "\(result.error)")
        let header = result.output.components(separatedBy: "\n\n")[1]
        #expect(header.contains("The circle preset: layers 2-3-1, activation tanh, logistic, loss binary-cross-entropy, momentum (μ = 0.9)"), "\(header)")
        // The preset's η is for its own optimizer; another optimizer gets its own default.
        #expect(header.contains("learning rate η = 0.5"), "\(header)")
        #expect(header.contains("200 examples in batches of 10; 3 epochs (60 steps)"), "\(header)")
        #expect(header.contains("Overridden by --layers, --optimizer, --epochs;"), "\(header)")
        #expect(TrainCommandTests.lastLossRow(result.output).first == "3")
    }

    /// A run that ends near chance says so in the document and in a note, with what to try.
    @Test func aRunNearChanceSaysWhatToChange() throws {
        let result = try TrainCommandTests.train([
            "--dataset", "xor", "--optimizer", "sgd", "--epochs", "20", "--format", "markdown",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("The accuracy, 50%, is close to what always answering the commonest class gives (50%)"))
        #expect(result.output.contains("Try more epochs (--epochs)"))
        #expect(result.error.contains("note: training ended near chance (50% right; always answering the commonest class gives 50%): try more epochs"), "\(result.error)")
        #expect(result.error.split(separator: "\n").count == 1, "\(result.error)")
    }

    /// A CSV of points gets no preset: the tool's own defaults, as before.
    @Test func examplesFromAFileHaveNoPreset() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("x,y,c\n0,0,a\n0,1,b\n1,0,b\n1,1,a\n".utf8).write(to: folder.appending(path: "p.csv"))
        let result = try TrainCommandTests.train(
            ["--examples", "p.csv", "--label-column", "3", "--epochs", "2", "--format", "markdown"], in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("preset"))
        #expect(result.output.contains("Layers 2-8-1, activation logistic, loss half-squared, gradient descent (sgd)"))
    }
}
