import BackpropCore

/// Random valid networks for property tests, reproducible from a seed.
struct RandomNetworks {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * generator.nextUnitDouble()
    }

    mutating func network(
        layers: [Int], activations: [Activation], sharing: BiasSharing
    ) throws -> Network {
        let weightCount = Network.weightCount(for: layers) ?? 0
        let biases: [[Double]] = layers.dropFirst().map { size in
            (0..<(sharing == .perLayer ? 1 : size)).map { _ in uniform(-0.5, 0.5) }
        }
        return try Network(
            layerSizes: layers,
            weights: (0..<weightCount).map { _ in uniform(-1, 1) },
            biases: biases,
            biasSharing: sharing,
            activations: activations,
            inputs: (0..<layers[0]).map { _ in uniform(-1, 1) },
            targets: (0..<layers[layers.count - 1]).map { _ in uniform(0.05, 0.95) },
            learningRate: uniform(0.1, 1)
        )
    }
}
