import BackpropCore
import BackpropSupport

/// Random valid networks for property tests, reproducible from a seed.
struct RandomNetworks {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * generator.nextUnitDouble()
    }

    /// A network with one training example, weights in [−1, 1], biases in [−0.5, 0.5], inputs in
    /// [−1, 1], targets in [0.05, 0.95] and η in [0.1, 1].
    mutating func network(
        layers: [Int], activations: [Activation], sharing: BiasSharing
    ) throws -> TrainingSetup {
        let weightCount = Network.weightCount(for: layers) ?? 0
        let biases: [[Double]] = layers.dropFirst().map { size in
            (0..<(sharing == .perLayer ? 1 : size)).map { _ in uniform(-0.5, 0.5) }
        }
        let weights = (0..<weightCount).map { _ in uniform(-1, 1) }
        let example = Example(
            inputs: (0..<layers[0]).map { _ in uniform(-1, 1) },
            targets: (0..<layers[layers.count - 1]).map { _ in uniform(0.05, 0.95) }
        )
        return try TrainingSetup(
            layerSizes: layers, weights: weights, biases: biases, biasSharing: sharing,
            activations: activations, examples: [example], learningRate: uniform(0.1, 1)
        )
    }
}

extension Trace {
    /// The term with this canonical name or alias.
    subscript(name: String) -> Term? { self[named: name] }

    /// E_total of the traced step.
    var totalError: Double? { self[.totalError(layer: outputLayer)]?.value }
}
