import BackpropCore
import BackpropSupport

/// Random valid networks for property tests, reproducible from a seed.
struct RandomNetworks {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * generator.nextUnitDouble()
    }

    /// A network with `examples` training examples, weights in [−1, 1], biases in [−0.5, 0.5],
    /// inputs in [−1, 1] and η in [0.1, 1]. Targets suit the loss and the output layer: a
    /// distribution for softmax, probabilities for the cross-entropies, else values in
    /// [0.05, 0.95].
    mutating func network(
        layers: [Int], activations: [Activation], sharing: BiasSharing,
        loss: Loss = .halfSquared, examples: Int = 1
    ) throws -> TrainingSetup {
        let weightCount = Network.weightCount(for: layers) ?? 0
        let biases: [[Double]] = layers.dropFirst().map { size in
            (0..<sharing.count(forLayerOf: size)).map { _ in uniform(-0.5, 0.5) }
        }
        let weights = (0..<weightCount).map { _ in uniform(-1, 1) }
        let outputs = layers[layers.count - 1]
        let softmax = activations.last == .softmax
        let made = (0..<examples).map { _ in
            var targets = (0..<outputs).map { _ in uniform(0.05, 0.95) }
            if softmax {
                let sum = targets.reduce(0, +)
                targets = targets.map { $0 / sum }
            }
            return Example(inputs: (0..<layers[0]).map { _ in uniform(-1, 1) }, targets: targets)
        }
        return try TrainingSetup(
            layerSizes: layers, weights: weights, biases: biases, biasSharing: sharing,
            activations: activations, examples: made, loss: loss, learningRate: uniform(0.1, 1)
        )
    }
}

extension Trace {
    /// The term with this canonical name or alias.
    subscript(name: String) -> Term? { self[named: name] }

    /// E_total of the traced step (the batch's, with several examples).
    var totalError: Double? { self[.totalError(layer: outputLayer)]?.value }
}
