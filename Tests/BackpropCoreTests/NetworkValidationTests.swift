import BackpropCore
import Testing

@Suite struct NetworkValidationTests {
    func make(
        layers: [Int] = [2, 2, 2], weights: [Double]? = nil, biases: [[Double]] = [[0.35], [0.6]],
        sharing: BiasSharing = .perLayer, activations: [Activation] = [.logistic, .logistic],
        inputs: [Double] = [0.05, 0.1], targets: [Double] = [0.01, 0.99], rate: Double = 0.5
    ) throws(NetworkError) -> Network {
        try Network(
            layerSizes: layers, weights: weights ?? Network.reference.weights, biases: biases,
            biasSharing: sharing, activations: activations, inputs: inputs, targets: targets,
            learningRate: rate
        )
    }

    @Test func wrongWeightCountNamesTheExpectation() {
        #expect(throws: NetworkError(.weights, "expected 8 numbers for layers [2, 2, 2], got 7")) {
            try make(weights: Array(repeating: 0.1, count: 7))
        }
    }

    @Test func degenerateShapesAreRefused() {
        #expect(throws: NetworkError.self) { try make(layers: [2]) }
        #expect(throws: NetworkError.self) { try make(layers: [2, 0, 2]) }
        #expect(throws: NetworkError.self) { try make(layers: [2, -1, 2]) }
        #expect(throws: NetworkError.self) { try make(layers: [2, 1_000_000_000, 2]) }
        #expect(throws: NetworkError.self) { try make(layers: [100_000, 100_000, 2]) }
    }

    @Test func nonFiniteValuesAreRefused() {
        #expect(throws: NetworkError(.inputs, "value 2 is nan; only finite numbers are allowed")) {
            try make(inputs: [0.05, .nan])
        }
        #expect(throws: NetworkError.self) { try make(targets: [0.01, .infinity]) }
        #expect(throws: NetworkError.self) { try make(rate: -.infinity) }
    }

    @Test func biasesMustMatchTheirLayout() {
        #expect(throws: NetworkError.self) { try make(biases: [[0.35]]) }
        #expect(throws: NetworkError.self) { try make(biases: [[0.1, 0.2], [0.3]], sharing: .perNeuron) }
        #expect(throws: Never.self) { try make(biases: [[0.1, 0.2], [0.3, 0.4]], sharing: .perNeuron) }
    }
}
