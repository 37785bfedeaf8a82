import Foundation
import Testing

/// `train`'s text fits an 80-column terminal: its header, tables and the legends of its pictures.
@Suite struct TrainWidthTests {
    @Test(arguments: ["xor", "iris", "spiral"])
    func theTextFitsEightyColumns(dataset: String) throws {
        let result = try BackpropProcess.run(
            ["train", "--dataset", dataset, "--epochs", "5", "--format", "text", "--quiet"],
            environment: ["COLUMNS": "80"]
        )
        #expect(result.status == 0, "\(result.error)")
        let long = result.output.split(separator: "\n").filter { $0.count > 80 }
        #expect(long.isEmpty, "\(long)")
        if dataset != "iris" {
            #expect(result.output.contains("\npoints: class 0: o, class 1: x\nbackground: the class the network chooses"))
        }
    }
}
