import Foundation
import Testing

/// `train --format json`: the settings, the history, the trained network and every example's
/// prediction, for scripts; the network is the one `--save` writes.
@Suite struct TrainJSONTests {
    @Test func theJSONHoldsHistoryNetworkAndPredictions() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try TrainCommandTests.train(
            ["--dataset", "iris", "--epochs", "12", "--format", "json", "--save", "net.json", "-o", "out.json"], in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        let data = try Data(contentsOf: folder.appending(path: "out.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["format"] as? String == "backprop-training")
        #expect(root["data"] as? String == "iris")
        let settings = try #require(root["settings"] as? [String: Any])
        #expect(settings["preset"] as? String == "iris")
        #expect(settings["overriddenBy"] as? [String] == ["--epochs"])
        #expect(settings["epochsRun"] as? Int == 12)
        #expect(settings["batchSize"] as? Int == 10)
        #expect((settings["optimizer"] as? [String: Any])?["name"] as? String == "adam")
        let history = try #require(root["history"] as? [[String: Any]])
        #expect(history.map { $0["epoch"] as? Int } == [0, 1, 2, 5, 10, 12])
        let curve = try #require(root["curve"] as? [[String: Any]])
        #expect(curve.count == 13)
        let predictions = try #require(root["predictions"] as? [[String: Any]])
        #expect(predictions.count == 150)
        #expect(predictions[0]["class"] as? String == "setosa")
        // The network is the saved one, to the last digit.
        let saved = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appending(path: "net.json"))) as? [String: Any]
        )
        let network = try #require(root["network"] as? [String: Any])
        #expect(network["weights"] as? [Double] == saved["weights"] as? [Double])
        #expect(network["biases"] as? [[Double]] == saved["biases"] as? [[Double]])
        // The last accuracy is the share of predictions whose chosen class is the right one.
        let right = predictions.filter { ($0["class"] as? String) == ($0["chosen"] as? String) }.count
        #expect(history.last?["accuracy"] as? Double == Double(right) / 150)
    }
}
