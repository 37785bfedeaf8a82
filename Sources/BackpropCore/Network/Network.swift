/// A fully connected feed-forward network: its architecture and its parameters.
///
/// Weights are flat and numbered as the reference numbers them: layer by layer, within a layer
/// neuron by neuron, and within a neuron over that neuron's inputs (w1 = i1→h1, w2 = i2→h1,
/// w3 = i1→h2, …). A `Network` has passed every check of its parts against each other and
/// against the limits below. What it is trained on is a separate value, ``TrainingSetup``.
public struct Network: Sendable, Equatable {
    /// Neurons per layer, inputs first, outputs last; at least two layers.
    public let layerSizes: [Int]
    /// Every weight, in the w1… order.
    public var weights: [Double]
    /// Per non-input layer: one shared bias, or one per neuron (see ``biasSharing``).
    public var biases: [[Double]]
    /// Whether biases are shared by a layer or belong to one neuron each.
    public let biasSharing: BiasSharing
    /// The activation of each non-input layer.
    public let activations: [Activation]

    /// The most neurons one layer may have.
    public static let maximumLayerSize = 100_000
    /// The most weights a network may have: a traced step keeps several terms per weight.
    public static let maximumWeightCount = 2_000_000
    /// The most layers, inputs and outputs included.
    public static let maximumLayerCount = 100

    /// Checks every part against the others and against the limits.
    ///
    /// - Throws: ``NetworkError`` naming the part that is wrong.
    public init(
        layerSizes: [Int],
        weights: [Double],
        biases: [[Double]],
        biasSharing: BiasSharing,
        activations: [Activation]
    ) throws(NetworkError) {
        let weightCount = try Self.checkedShape(layerSizes)
        try Self.expectCount(weights.count, weightCount, .weights, layerSizes)
        try Self.expectCount(activations.count, layerSizes.count - 1, .activation, layerSizes)
        try Self.checkBiases(biases, sharing: biasSharing, layerSizes: layerSizes)
        try Self.checkSoftmax(activations)
        try Self.expectFinite(weights, .weights)
        try Self.expectFinite(biases.flatMap { $0 }, .biases)
        self.init(
            unchecked: layerSizes, weights: weights, biases: biases, biasSharing: biasSharing,
            activations: activations
        )
    }

    init(
        unchecked layerSizes: [Int], weights: [Double], biases: [[Double]],
        biasSharing: BiasSharing, activations: [Activation]
    ) {
        self.layerSizes = layerSizes
        self.weights = weights
        self.biases = biases
        self.biasSharing = biasSharing
        self.activations = activations
    }

    /// The number of weights a network of these layer sizes has, or nil when the sizes are
    /// out of range.
    public static func weightCount(for layerSizes: [Int]) -> Int? {
        try? checkedShape(layerSizes)
    }

    static func checkBiases(
        _ biases: [[Double]], sharing: BiasSharing, layerSizes: [Int]
    ) throws(NetworkError) {
        try expectCount(biases.count, layerSizes.count - 1, .biases, layerSizes)
        for (index, layerBiases) in biases.enumerated() {
            let expected = sharing.count(forLayerOf: layerSizes[index + 1])
            if layerBiases.count != expected {
                throw NetworkError(
                    .biases,
                    sharing == .perLayer
                        ? .notOneSharedBiasPerLayer
                        : .wrongBiasCount(
                            layer: index + 1, neurons: layerSizes[index + 1], biases: layerBiases.count
                        )
                )
            }
        }
    }

    /// Softmax acts on the output layer only: its outputs are a distribution over the classes.
    static func checkSoftmax(_ activations: [Activation]) throws(NetworkError) {
        if let layer = activations.dropLast().firstIndex(of: .softmax) {
            throw NetworkError(.activation, .softmaxNotOnOutput(layer: layer + 1))
        }
    }

    static func checkedShape(_ sizes: [Int]) throws(NetworkError) -> Int {
        guard sizes.count >= 2 else { throw NetworkError(.layers, .tooFewLayers(sizes.count)) }
        guard sizes.count <= maximumLayerCount else {
            throw NetworkError(.layers, .tooManyLayers(sizes.count, limit: maximumLayerCount))
        }
        for (index, size) in sizes.enumerated() {
            if size < 1 { throw NetworkError(.layers, .emptyLayer(index: index, size: size)) }
            if size > maximumLayerSize {
                throw NetworkError(.layers, .layerTooLarge(index: index, size: size, limit: maximumLayerSize))
            }
        }
        var total = 0
        for index in 1..<sizes.count {
            // Sizes are at most 10⁵, so one product fits; the running total is what may grow.
            total += sizes[index - 1] * sizes[index]
            if total > maximumWeightCount {
                throw NetworkError(.layers, .tooManyWeights(layers: sizes, limit: maximumWeightCount))
            }
        }
        return total
    }

    static func expectCount(
        _ count: Int, _ expected: Int, _ field: NetworkField, _ sizes: [Int]
    ) throws(NetworkError) {
        guard count != expected else { return }
        throw NetworkError(field, .wrongCount(expected: expected, got: count, layers: sizes))
    }

    static func expectFinite(_ values: [Double], _ field: NetworkField) throws(NetworkError) {
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw NetworkError(field, .notFinite(index: index, value: values[index]))
        }
    }
}

extension Network {
    /// The index of the input layer's first weight into `layer` (1…layerCount−1).
    public func firstWeight(intoLayer layer: Int) -> Int {
        var offset = 0
        for index in 1..<layer { offset += layerSizes[index - 1] * layerSizes[index] }
        return offset
    }

    /// The flat index of the weight from neuron `source` of layer `layer − 1` into neuron
    /// `neuron` of `layer`.
    public func weightIndex(layer: Int, neuron: Int, source: Int) -> Int {
        firstWeight(intoLayer: layer) + neuron * layerSizes[layer - 1] + source
    }

    /// The bias neuron `neuron` of `layer` adds to its net input (0 in a network without biases).
    public func bias(layer: Int, neuron: Int) -> Double {
        switch biasSharing {
        case .perLayer: return biases[layer - 1][0]
        case .perNeuron: return biases[layer - 1][neuron]
        case .none: return 0
        }
    }

    /// Whether the network has biases at all.
    public var hasBiases: Bool { biasSharing != .none }

    /// The activation of the output layer.
    public var outputActivation: Activation { activations[activations.count - 1] }

    /// The number of layers, inputs and outputs included.
    public var layerCount: Int { layerSizes.count }

    /// The index of the output layer.
    public var outputLayer: Int { layerSizes.count - 1 }
}
