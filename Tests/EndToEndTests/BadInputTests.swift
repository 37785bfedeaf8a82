import Foundation
import Testing

/// Every kind of bad input gets one clear line on standard error and its sysexits status.
@Suite struct BadInputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let file: String?
        let status: Int32
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        Case(arguments: ["explian"], file: nil, status: 64, message: "unknown command 'explian' (did you mean 'explain'?)"),
        Case(arguments: ["explain", "--stpes", "3"], file: nil, status: 64, message: "unknown option '--stpes' for 'explain' (did you mean '--steps'?)"),
        Case(arguments: ["explain", "--steps", "0"], file: nil, status: 64, message: "--steps: 0 is out of range (1 to 1000000000)"),
        Case(arguments: ["explain", "--steps", "ten"], file: nil, status: 64, message: "--steps: 'ten' is not a whole number"),
        Case(arguments: ["explain", "--steps"], file: nil, status: 64, message: "--steps needs a value (N)"),
        Case(arguments: ["explain", "--weights", "0.1,abc"], file: nil, status: 64, message: "--weights: item 2 of '0.1,abc' is not a number: 'abc'"),
        Case(arguments: ["explain", "--hidden-uses", "new"], file: nil, status: 64, message: "--hidden-uses: 'new' is not one of original, updated"),
        Case(arguments: ["explain", "extra"], file: nil, status: 64, message: "unexpected argument 'extra' for 'explain'"),
        Case(arguments: ["explain", "--network", "missing.json"], file: nil, status: 66, message: "missing.json: no such file"),
        Case(arguments: ["explain", "--weights", "0.1,0.2,0.3,0.4,0.5,0.6,0.7"], file: nil, status: 65, message: "--weights: expected 8 numbers for layers [2, 2, 2], got 7 (layers from the reference network)"),
        Case(arguments: ["explain", "--layers", "2,0,2"], file: nil, status: 65, message: "--layers: layer 1 has 0 neurons; every layer needs at least one"),
        Case(arguments: ["explain", "--layers", "2,1000000000,2"], file: nil, status: 65, message: "--layers: layer 1 has 1000000000 neurons, more than backprop traces (at most 100000)"),
        Case(arguments: ["explain", "--inputs", "nan,1"], file: nil, status: 65, message: "--inputs: value 1 is nan; only finite numbers are allowed"),
        Case(arguments: ["explain", "--activation", "softplus"], file: nil, status: 65, message: "--activation: unknown activation \"softplus\"; choose logistic, tanh, relu, linear"),
        Case(arguments: ["explain", "--layers", "3,4,2"], file: nil, status: 65, message: "\"weights\" (the reference network's, since no --weights or --network gave one): expected 20 numbers for layers [3, 4, 2], got 8 (layers from --layers)"),
        Case(arguments: ["explain", "--weights", "1e200,1,1,1,1,1,1,1", "--inputs", "1e200,1", "--activation", "linear"], file: nil, status: 65, message: "net_h1 is inf in step 1: the numbers overflow; use smaller weights, inputs or learning rate"),
        Case(arguments: ["explain", "--learning-rate", "50", "--activation", "linear", "--steps", "1000"], file: nil, status: 65, message: "E_total stopped being finite at step"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"layers\": [2, 2, 2],\n \"weights\": [1, 2,]}", status: 65, message: "net.json:2:19: malformed JSON: unexpected character ']', expected a value"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"weights\": [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7]}", status: 65, message: "net.json:1:13: \"weights\": expected 8 numbers for layers [2, 2, 2], got 7 (layers from the reference network)"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"weights\": [0.1, \"x\"]}", status: 65, message: "net.json:1:19: \"weights\": value 2 is a string, expected a number"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"learningrate\": 0.1}", status: 65, message: "net.json:1:18: \"learningrate\": unknown field (did you mean \"learningRate\"?)"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"inputs\": [1e999, 0]}", status: 65, message: "net.json:1:13: \"inputs\": value 1 is too large for a double; only finite numbers are allowed"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"layers\": []}", status: 65, message: "\"layers\": need at least an input and an output layer, got 0 layers"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"activation\": \"softmax\"}", status: 65, message: "\"activation\": softmax on layer 1 is not allowed: softmax turns the output layer's net inputs into class probabilities, so it goes on the output layer only"),
        Case(arguments: ["explain", "--network", "net.json"], file: "{\"activation\": \"softplus\"}", status: 65, message: "\"activation\": unknown activation \"softplus\""),
        Case(arguments: ["explain", "--loss", "cross-entropy"], file: nil, status: 65, message: "--loss: cross-entropy needs softmax outputs, but the output layer is logistic (use --activation …,softmax)"),
        Case(arguments: ["explain", "--loss", "binary-cross-entropy", "--activation", "logistic,tanh"], file: nil, status: 65, message: "--loss: binary-cross-entropy needs logistic outputs, but the output layer is tanh (use --activation …,logistic)"),
        Case(arguments: ["explain", "--loss", "binary-cross-entropy", "--targets", "0.5,1.5"], file: nil, status: 65, message: "--targets: target 2 is 1.5; a cross-entropy needs targets between 0 and 1"),
        Case(arguments: ["explain", "--activation", "logistic,softmax", "--targets", "0.2,0.3"], file: nil, status: 65, message: "--targets: the targets sum to 0.5; a softmax layer's outputs sum to 1, so its targets must too"),
        Case(arguments: ["explain", "--loss", "cross-entropie"], file: nil, status: 65, message: "--loss: unknown loss \"cross-entropie\" (did you mean \"cross-entropy\"?)"),
        Case(arguments: ["explain", "--inputs", "1,2;3,4"], file: nil, status: 65, message: "--inputs: 2 examples of inputs but 1 example of targets; give as many of each (examples split by ';')"),
        Case(arguments: ["explain", "--inputs", "1,2;3,4", "--targets", "0,1;1,0", "--hidden-uses", "updated"], file: nil, status: 64, message: "--hidden-uses updated needs one training example"),
        Case(arguments: ["explain", "--network", "net.json"], file: "[1, 2]", status: 65, message: "net.json:1:1: expected an object"),
        Case(arguments: ["explain", "--network", "net.json"], file: "", status: 65, message: "net.json:1:1: malformed JSON: unexpected end of file, expected a value"),
        Case(arguments: ["explain", "-o", "no/such/folder/out.md"], file: nil, status: 73, message: "no/such/folder/out.md: cannot write: no such directory"),
    ]

    @Test(arguments: cases)
    func isRefusedClearly(_ testCase: Case) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        if let file = testCase.file {
            try Data(file.utf8).write(to: folder.appendingPathComponent("net.json"))
        }
        let result = try BackpropProcess.run(testCase.arguments, in: folder)
        #expect(result.status == testCase.status)
        #expect(result.output.isEmpty)
        let first = result.error.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix("backprop: error: "), "\(result.error)")
        #expect(first.contains(testCase.message), "\(first)")
    }

    /// The names people use for activations are taken in any case, sigmoid for logistic.
    @Test func activationNamesAsPeopleWriteThem() throws {
        let logistic = try BackpropProcess.run(["explain", "--format", "list"])
        let sigmoid = try BackpropProcess.run(["explain", "--format", "list", "--activation", "Sigmoid"])
        #expect(sigmoid.status == 0)
        #expect(sigmoid.output == logistic.output)
        let relu = try BackpropProcess.run(["explain", "--format", "list", "--activation", "ReLU,Tanh"])
        #expect(relu.status == 0)
        #expect(relu.output == (try BackpropProcess.run(["explain", "--format", "list", "--activation", "relu,tanh"])).output)
    }
}
