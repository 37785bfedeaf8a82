import BackpropCore
import Testing

@Suite struct NetworkValidationTests {
    func make(
        layers: [Int] = [2, 2, 2], weights: [Double]? = nil, biases: [[Double]] = [[0.35], [0.6]],
        sharing: BiasSharing = .perLayer, activations: [Activation] = [.logistic, .logistic],
        inputs: [Double] = [0.05, 0.1], targets: [Double] = [0.01, 0.99], rate: Double = 0.5
    ) throws(NetworkError) -> TrainingSetup {
        try TrainingSetup(
            layerSizes: layers, weights: weights ?? Network.reference.weights, biases: biases,
            biasSharing: sharing, activations: activations,
            examples: [Example(inputs: inputs, targets: targets)], learningRate: rate
        )
    }

    @Test func wrongWeightCountNamesTheExpectation() {
        #expect(throws: NetworkError(.weights, .wrongCount(expected: 8, got: 7, layers: [2, 2, 2]))) {
            try make(weights: Array(repeating: 0.1, count: 7))
        }
    }

    @Test func degenerateShapesAreRefused() {
        #expect(throws: NetworkError(.layers, .tooFewLayers(1))) { try make(layers: [2]) }
        #expect(throws: NetworkError(.layers, .emptyLayer(index: 1, size: 0))) { try make(layers: [2, 0, 2]) }
        #expect(throws: NetworkError.self) { try make(layers: [2, -1, 2]) }
        #expect(throws: NetworkError.self) { try make(layers: [2, 1_000_000_000, 2]) }
        #expect(throws: NetworkError.self) { try make(layers: [100_000, 100_000, 2]) }
    }

    @Test func nonFiniteValuesAreRefused() throws {
        let nan = try #require(throws: NetworkError.self) { try make(inputs: [0.05, .nan]) }
        #expect(nan.field == .inputs)
        guard case let .notFinite(index, value) = nan.problem else {
            Issue.record("expected notFinite, got \(nan.problem)")
            return
        }
        #expect(index == 1 && value.isNaN)
        #expect(throws: NetworkError.self) { try make(targets: [0.01, .infinity]) }
        #expect(throws: NetworkError.self) { try make(rate: -.infinity) }
        #expect(throws: NetworkError(.learningRate, .negative(-1))) { try make(rate: -1) }
    }

    @Test func biasesMustMatchTheirLayout() {
        #expect(throws: NetworkError(.biases, .wrongCount(expected: 2, got: 1, layers: [2, 2, 2]))) {
            try make(biases: [[0.35]])
        }
        #expect(throws: NetworkError(.biases, .wrongBiasCount(layer: 2, neurons: 2, biases: 1))) {
            try make(biases: [[0.1, 0.2], [0.3]], sharing: .perNeuron)
        }
        #expect(throws: Never.self) { try make(biases: [[0.1, 0.2], [0.3, 0.4]], sharing: .perNeuron) }
    }

    /// Parts are checked in the order a network file lists them, so that of two problems the
    /// same one is reported whichever way the network is given.
    @Test func problemsAreReportedInFieldOrder() {
        #expect(throws: NetworkError(.weights, .wrongCount(expected: 8, got: 1, layers: [2, 2, 2]))) {
            try make(weights: [1], inputs: [1])
        }
        #expect(throws: NetworkError(.inputs, .wrongCount(expected: 2, got: 1, layers: [2, 2, 2]))) {
            try make(activations: [.tanh], inputs: [1])
        }
    }

    @Test func aNetworkChecksItsOwnParts() {
        #expect(throws: NetworkError(.activation, .wrongCount(expected: 2, got: 1, layers: [2, 2, 2]))) {
            try Network(
                layerSizes: [2, 2, 2], weights: Network.reference.weights, biases: [[0.35], [0.6]],
                biasSharing: .perLayer, activations: [.tanh]
            )
        }
    }
}
