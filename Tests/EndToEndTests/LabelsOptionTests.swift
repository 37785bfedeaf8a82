import Foundation
import Testing

/// `--labels 2;0`: each example's class in place of its targets, one-hot for a softmax output
/// as `train --label-column` makes them, the class itself for one output.
@Suite struct LabelsOptionTests {
    static let softmax = [
        "--layers", "2,2,3", "--activation", "logistic,softmax", "--loss", "cross-entropy",
        "--inputs", "0.1,0.2;0.3,0.4", "--weights", "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,1.0", "--biases", "0,0",
    ]

    @Test func labelsAreOneHotTargets() throws {
        let labelled = try BackpropProcess.run(["explain"] + Self.softmax + ["--labels", "2;0", "--format", "json"])
        let targeted = try BackpropProcess.run(["explain"] + Self.softmax + ["--targets", "0,0,1;1,0,0", "--format", "json"])
        #expect(labelled.status == 0, "\(labelled.error)")
        #expect(labelled.output == targeted.output)
    }

    @Test func oneOutputTakesTheClassItself() throws {
        let labelled = try BackpropProcess.run(["explain", "--labels", "1", "--layers", "2,2,1", "--weights", "0.1,0.2,0.3,0.4,0.5,0.6", "--format", "list"])
        #expect(labelled.status == 0, "\(labelled.error)")
        #expect(labelled.output.contains("\ntarget_o1 = 1\n"))
    }

    @Test(arguments: [
        (["--labels", "3;0"], 65, "--labels: example 1's class is 3, but the output layer has 3 classes (0 to 2)"),
        (["--labels", "2;-1"], 64, "a class number (0, 1, …)"),
        (["--labels", "2;0", "--targets", "0,0,1;1,0,0"], 64, "--labels gives the targets: leave out --targets"),
    ])
    func badLabelsAreRefused(extra: [String], status: Int32, message: String) throws {
        let result = try BackpropProcess.run(["explain"] + Self.softmax + extra)
        #expect(result.status == status)
        #expect(result.error.contains(message), "\(result.error)")
    }
}
