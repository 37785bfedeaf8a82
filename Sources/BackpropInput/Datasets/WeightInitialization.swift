import BackpropCore
import BackpropSupport

/// How initial weights are drawn when none are given, from a seed: every machine draws the
/// same. Each weight into a layer with n inputs and m neurons is uniform in [−a, a].
package enum WeightInitialization: String, Sendable, CaseIterable {
    /// Glorot and Bengio (2010): a = √(6/(n + m)).
    case xavier
    /// He et al. (2015), for ReLU: a = √(6/n).
    case he
    /// PyTorch's default for `nn.Linear`: a = 1/√n.
    case uniform

    /// Every weight of a network of `layers`, w1 first (layer by layer, neuron by neuron).
    package func weights(layers: [Int], seed: UInt64) -> [Double] {
        var random = SplitMix64(seed: seed)
        var weights: [Double] = []
        for layer in 1..<max(layers.count, 1) {
            let n = Double(layers[layer - 1]), m = Double(layers[layer])
            let bound: Double = switch self {
            case .xavier: (6 / (n + m)).squareRoot()
            case .he: (6 / n).squareRoot()
            case .uniform: 1 / n.squareRoot()
            }
            for _ in 0..<(layers[layer] * layers[layer - 1]) {
                weights.append((2 * random.nextUnitDouble() - 1) * bound)
            }
        }
        return weights
    }
}
