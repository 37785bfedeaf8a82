/// A fully connected feed-forward network together with the one training example it learns.
///
/// Weights are flat and numbered as the reference numbers them: layer by layer, within a layer
/// neuron by neuron, and within a neuron over that neuron's inputs (w1 = i1→h1, w2 = i2→h1,
/// w3 = i1→h2, …). A `Network` made by ``init(layerSizes:weights:biases:biasSharing:activations:inputs:targets:learningRate:)``
/// has passed every check: sizes, counts, finiteness and the limits below.
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
    /// The training example's inputs, one per input neuron.
    public let inputs: [Double]
    /// The training example's targets, one per output neuron.
    public let targets: [Double]
    /// η, the step size of gradient descent.
    public let learningRate: Double

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
        activations: [Activation],
        inputs: [Double],
        targets: [Double],
        learningRate: Double
    ) throws(NetworkError) {
        let weightCount = try Self.checkedShape(layerSizes)
        try Self.expectCount(weights.count, weightCount, .weights, layerSizes)
        try Self.expectCount(inputs.count, layerSizes[0], .inputs, layerSizes)
        try Self.expectCount(targets.count, layerSizes[layerSizes.count - 1], .targets, layerSizes)
        try Self.expectCount(activations.count, layerSizes.count - 1, .activation, layerSizes)
        try Self.expectCount(biases.count, layerSizes.count - 1, .biases, layerSizes)
        for (index, layerBiases) in biases.enumerated() {
            let expected = biasSharing == .perLayer ? 1 : layerSizes[index + 1]
            if layerBiases.count != expected {
                throw NetworkError(
                    .biases,
                    biasSharing == .perLayer
                        ? "expected one shared bias per non-input layer"
                        : "layer \(index + 1) has \(layerSizes[index + 1]) neurons but "
                            + "\(layerBiases.count) biases"
                )
            }
        }
        try Self.expectFinite(weights, .weights)
        try Self.expectFinite(biases.flatMap { $0 }, .biases)
        try Self.expectFinite(inputs, .inputs)
        try Self.expectFinite(targets, .targets)
        try Self.expectFinite([learningRate], .learningRate)
        if learningRate < 0 {
            throw NetworkError(.learningRate, "must not be negative, got \(learningRate)")
        }
        self.layerSizes = layerSizes
        self.weights = weights
        self.biases = biases
        self.biasSharing = biasSharing
        self.activations = activations
        self.inputs = inputs
        self.targets = targets
        self.learningRate = learningRate
    }

    /// The number of weights a network of these layer sizes has, or nil when the sizes are
    /// out of range.
    public static func weightCount(for layerSizes: [Int]) -> Int? {
        try? checkedShape(layerSizes)
    }

    private static func checkedShape(_ sizes: [Int]) throws(NetworkError) -> Int {
        guard sizes.count >= 2 else {
            throw NetworkError(.layers, "need at least an input and an output layer, got \(sizes.count) layer\(sizes.count == 1 ? "" : "s")")
        }
        guard sizes.count <= maximumLayerCount else {
            throw NetworkError(.layers, "\(sizes.count) layers is more than backprop traces (at most \(maximumLayerCount))")
        }
        for (index, size) in sizes.enumerated() {
            if size < 1 {
                throw NetworkError(.layers, "layer \(index) has \(size) neurons; every layer needs at least one")
            }
            if size > maximumLayerSize {
                throw NetworkError(.layers, "layer \(index) has \(size) neurons, more than backprop traces (at most \(maximumLayerSize))")
            }
        }
        var total = 0
        for index in 1..<sizes.count {
            // Sizes are at most 10⁵, so one product fits; the running total is what may grow.
            total += sizes[index - 1] * sizes[index]
            if total > maximumWeightCount {
                throw NetworkError(.layers, "layers \(sizes) need more than \(maximumWeightCount) weights, more than backprop traces")
            }
        }
        return total
    }

    private static func expectCount(
        _ count: Int, _ expected: Int, _ field: NetworkField, _ sizes: [Int]
    ) throws(NetworkError) {
        guard count != expected else { return }
        let noun = field == .activation ? "activations" : "numbers"
        throw NetworkError(field, "expected \(expected) \(noun) for layers \(sizes), got \(count)")
    }

    private static func expectFinite(_ values: [Double], _ field: NetworkField) throws(NetworkError) {
        if let index = values.firstIndex(where: { !$0.isFinite }) {
            throw NetworkError(field, "value \(index + 1) is \(values[index]); only finite numbers are allowed")
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

    /// The bias neuron `neuron` of `layer` adds to its net input.
    public func bias(layer: Int, neuron: Int) -> Double {
        biasSharing == .perLayer ? biases[layer - 1][0] : biases[layer - 1][neuron]
    }

    /// The number of layers, inputs and outputs included.
    public var layerCount: Int { layerSizes.count }
}
