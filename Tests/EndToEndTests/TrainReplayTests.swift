import Foundation
import Testing

/// A network saved by `train` replays: `explain --network start.json --trace-step K` with no
/// other flag takes step K as training took it (biases learning, the batch size, the optimizer
/// and its settings, the weight decay, the loss), and ends on the weights `train` saved.
@Suite struct TrainReplayTests {
    static let optimizers: [[String]] = [
        ["--optimizer", "sgd"],
        ["--optimizer", "momentum", "--momentum", "0.8"],
        ["--optimizer", "momentum", "--nesterov"],
        ["--optimizer", "rmsprop", "--alpha", "0.9"],
        ["--optimizer", "adam", "--beta1", "0.85"],
    ]

    @Test(arguments: optimizers, [[], ["--weight-decay", "0.01"]])
    func explainReplaysTheLastStepOfTraining(optimizer: [String], decay: [String]) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 3 epochs of 2 batches: the last step is step 6.
        let trained = try TrainCommandTests.train(
            ["--dataset", "xor", "--epochs", "3", "--batch-size", "2", "--save-initial", "start.json",
             "--save", "end.json", "-o", "out.md"] + optimizer + decay,
            in: folder
        )
        #expect(trained.status == 0, "\(trained.error)")
        let start = try String(contentsOf: folder.appending(path: "start.json"), encoding: .utf8)
        #expect(start.contains("\"training\": {\"updateBiases\": true, \"batchSize\": 2"), "\(start)")
        let explained = try BackpropProcess.run(
            ["explain", "--network", "start.json", "--trace-step", "6", "--format", "list"], in: folder
        )
        #expect(explained.status == 0, "\(explained.error)")
        let weights = try TrainCommandTests.savedNumbers("weights", in: folder.appending(path: "end.json"))
        #expect(weights.count == 12)
        for (index, weight) in weights.enumerated() {
            #expect(explained.output.contains("\nw\(index + 1)+ = \(weight)\n"), "w\(index + 1)+ = \(weight)")
        }
        let biases = try TrainCommandTests.savedNumbers("biases", in: folder.appending(path: "end.json"))
        #expect(explained.output.contains("\nb_h1+ = \(biases[0])\n"), "b_h1+ = \(biases[0])")
        if !decay.isEmpty { #expect(explained.output.contains("\ng_w1 = ")) }
    }

    /// A flag still overrides what the file records.
    @Test func aFlagOverridesTheRecord() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let trained = try TrainCommandTests.train(
            ["--dataset", "xor", "--epochs", "1", "--save-initial", "start.json", "-o", "out.md"], in: folder
        )
        #expect(trained.status == 0, "\(trained.error)")
        let explained = try BackpropProcess.run(
            ["explain", "--network", "start.json", "--optimizer", "sgd", "--format", "json"], in: folder
        )
        #expect(explained.status == 0, "\(explained.error)")
        #expect(!explained.output.contains("\"optimizer\""))
        #expect(explained.output.contains("\"updateBiases\": true"))
    }
}
