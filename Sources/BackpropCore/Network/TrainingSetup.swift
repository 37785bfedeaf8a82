/// What a training step starts from: the network, the examples it learns from, the loss it
/// minimises and the learning rate. A network file describes one.
public struct TrainingSetup: Sendable, Equatable {
    /// The network before training.
    public var network: Network
    /// The training examples; a step of the reference learns from one.
    public let examples: [Example]
    /// The loss.
    public let loss: Loss
    /// η, the step size of gradient descent.
    public let learningRate: Double

    /// Checks the parts against each other and against the limits, in the order a network file's
    /// fields are reported: shape and weights, inputs and targets, activations, biases, then
    /// the finiteness of each part and the learning rate.
    ///
    /// - Throws: ``NetworkError`` naming the part that is wrong.
    public init(
        layerSizes: [Int], weights: [Double], biases: [[Double]], biasSharing: BiasSharing,
        activations: [Activation], examples: [Example], loss: Loss = .halfSquared,
        learningRate: Double
    ) throws(NetworkError) {
        guard !examples.isEmpty else { throw NetworkError(.inputs, .noExamples) }
        let weightCount = try Network.checkedShape(layerSizes)
        try Network.expectCount(weights.count, weightCount, .weights, layerSizes)
        for example in examples {
            try Network.expectCount(example.inputs.count, layerSizes[0], .inputs, layerSizes)
            try Network.expectCount(
                example.targets.count, layerSizes[layerSizes.count - 1], .targets, layerSizes
            )
        }
        try Network.expectCount(activations.count, layerSizes.count - 1, .activation, layerSizes)
        try Network.checkBiases(biases, sharing: biasSharing, layerSizes: layerSizes)
        try Network.checkSoftmax(activations)
        try Network.expectFinite(weights, .weights)
        try Network.expectFinite(biases.flatMap { $0 }, .biases)
        for example in examples {
            try Network.expectFinite(example.inputs, .inputs)
            try Network.expectFinite(example.targets, .targets)
        }
        try Network.expectFinite([learningRate], .learningRate)
        if learningRate < 0 { throw NetworkError(.learningRate, .negative(learningRate)) }
        try Self.checkLoss(loss, outputActivation: activations[activations.count - 1], examples: examples)
        self.network = Network(
            unchecked: layerSizes, weights: weights, biases: biases, biasSharing: biasSharing,
            activations: activations
        )
        self.examples = examples
        self.loss = loss
        self.learningRate = learningRate
    }

    /// A setup for a network already checked, with its examples checked here.
    ///
    /// - Throws: ``NetworkError`` for examples that do not fit the network or a learning rate
    ///   that is not finite and non-negative.
    public init(
        network: Network, examples: [Example], loss: Loss = .halfSquared, learningRate: Double
    ) throws(NetworkError) {
        try self.init(
            layerSizes: network.layerSizes, weights: network.weights, biases: network.biases,
            biasSharing: network.biasSharing, activations: network.activations,
            examples: examples, loss: loss, learningRate: learningRate
        )
    }

    /// A loss that makes no sense with the output layer or the targets is refused, so that no
    /// step computes a NaN.
    private static func checkLoss(
        _ loss: Loss, outputActivation: Activation, examples: [Example]
    ) throws(NetworkError) {
        if let needed = loss.requiredOutputActivation, needed != outputActivation {
            throw NetworkError(.loss, .lossNeedsOutputActivation(loss, needs: needed, has: outputActivation))
        }
        for (number, example) in examples.enumerated() {
            if loss.needsProbabilityTargets,
               let index = example.targets.firstIndex(where: { !(0...1).contains($0) }) {
                throw NetworkError(.targets, .targetOutsideUnitInterval(
                    example: number, index: index, value: example.targets[index]
                ))
            }
            if outputActivation == .softmax {
                let sum = example.targets.reduce(0, +)
                if abs(sum - 1) > 1e-9 {
                    throw NetworkError(.targets, .softmaxTargetsDoNotSumToOne(example: number, sum: sum))
                }
            }
        }
    }

    /// The first example's inputs.
    public var inputs: [Double] { examples[0].inputs }
    /// The first example's targets.
    public var targets: [Double] { examples[0].targets }
}
