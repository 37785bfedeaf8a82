import BackpropCore
import BackpropInput
import Testing

/// Network files and flags read into a training setup, and what is wrong with them as data.
@Suite struct NetworkFileTests {
    static func decode(_ text: String) throws(NetworkInputError) -> NetworkSpec {
        try NetworkFile.decode(Array(text.utf8), path: "net.json")
    }

    @Test func theReferenceRoundTrips() throws {
        let text = NetworkFile.encode(.reference)
        let setup = try NetworkSpec.reference.overridden(by: Self.decode(text)).setup()
        #expect(setup == .reference)
    }

    @Test func problemsAreFactsWithPositions() {
        #expect(throws: NetworkInputError(.file("net.json"), field: "weights", .expectedArray(found: .string), line: 1, column: 13)) {
            try Self.decode(#"{"weights": "0.1"}"#)
        }
        #expect(throws: NetworkInputError(.file("net.json"), field: "wieghts", .unknownField(suggestion: "weights"), line: 1, column: 13)) {
            try Self.decode(#"{"wieghts": [0.1]}"#)
        }
        #expect(throws: NetworkInputError(.file("net.json"), field: "layers", .notWholeNumber(index: 1, value: 2.5), line: 1, column: 16)) {
            try Self.decode(#"{"layers": [2, 2.5, 2]}"#)
        }
        #expect(throws: NetworkInputError.self) { try Self.decode("{") }
    }

    @Test(arguments: [
        ("sigmoid", Activation.logistic), ("Sigmoid", .logistic), ("ReLU", .relu), ("Tanh", .tanh),
        ("LINEAR", .linear), ("logistic", .logistic),
    ])
    func activationsAreReadInAnyCaseAndSigmoidIsLogistic(name: String, activation: Activation) throws {
        #expect(ActivationName.parse(name) == activation)
        let spec = try Self.decode(#"{"activation": "\#(name)"}"#)
        #expect(spec.activation?.value == [activation])
    }

    @Test func unknownActivationsGetASuggestion() {
        #expect(ActivationName.parse("softplus") == nil)
        #expect(ActivationName.suggestion(for: "tahn") == "tanh")
    }

    /// A count that disagrees with layers given elsewhere says where the layers came from.
    @Test func countsAgainstLayersFromElsewhereNameTheirSource() throws {
        var flags = NetworkSpec()
        flags.layers = Sourced([2, 3, 2], from: .flag("--layers"))
        let file = try Self.decode(#"{"weights": [0.1, 0.2]}"#)
        let error = try #require(throws: NetworkInputError.self) {
            try NetworkSpec.reference.overridden(by: file).overridden(by: flags).setup()
        }
        #expect(error.source == .file("net.json"))
        #expect(error.problem == .invalid(
            .wrongCount(expected: 12, got: 2, layers: [2, 3, 2]), layersFrom: .flag("--layers")
        ))
    }
}
