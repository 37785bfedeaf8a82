/// The canonical names of a network's neurons, weights and biases.
///
/// Inputs are `i1…`, outputs `o1…`. With one hidden layer its neurons are `h1…`, as in the
/// reference; with several, neuron j of hidden layer k is `hk_j` (`h1_1`, `h1_2`, `h2_1`, …).
/// Weights are `w1…` in the network's flat order. A bias shared by layer l is `bl` (`b1` for the
/// first hidden layer); a neuron's own bias is `b_` followed by the neuron's name (`b_h1`).
public struct NeuronNames: Sendable {
    /// Neurons per layer, inputs first.
    public let layerSizes: [Int]
    /// How the biases are laid out.
    public let biasSharing: BiasSharing

    /// Names for a network of these sizes.
    public init(layerSizes: [Int], biasSharing: BiasSharing) {
        self.layerSizes = layerSizes
        self.biasSharing = biasSharing
    }

    /// Names for `network`.
    public init(_ network: Network) {
        self.init(layerSizes: network.layerSizes, biasSharing: network.biasSharing)
    }

    /// The name of neuron `neuron` (0-based) of `layer` (0 = inputs).
    public func neuron(layer: Int, _ neuron: Int) -> String {
        let number = neuron + 1
        if layer == 0 { return "i\(number)" }
        if layer == layerSizes.count - 1 { return "o\(number)" }
        if layerSizes.count == 3 { return "h\(number)" }
        return "h\(layer)_\(number)"
    }

    /// The name of the weight with flat index `index` (0-based): `w1` for index 0.
    public func weight(_ index: Int) -> String { "w\(index + 1)" }

    /// The name of the bias neuron `neuron` of `layer` adds (`b1` or `b_h1`).
    public func bias(layer: Int, neuron: Int) -> String {
        switch biasSharing {
        case .perLayer: return "b\(layer)"
        case .perNeuron: return "b_" + self.neuron(layer: layer, neuron)
        }
    }

    /// The name of the target of output neuron `neuron`: `target_o1`.
    public func target(_ neuron: Int) -> String {
        "target_" + self.neuron(layer: layerSizes.count - 1, neuron)
    }

    /// The learning rate's name.
    public static let learningRate = "eta"
}
