/// The names of a network's neurons, weights and biases, as they appear in subscripts.
///
/// Inputs are `i1…`, outputs `o1…`. With one hidden layer its neurons are `h1…`, as in the
/// reference; with several, neuron j of hidden layer k is `hk_j` (`h1_1`, `h1_2`, `h2_1`, …).
/// Weights are numbered `1…` in the network's flat order. A bias shared by layer l is numbered
/// `l` (`b1` for the first hidden layer); a neuron's own bias carries the neuron's name (`b_h1`).
public struct NeuronNames: Sendable {
    /// Neurons per layer, inputs first.
    public let layerSizes: [Int]
    /// How the biases are laid out.
    public let biasSharing: BiasSharing
    /// The flat index of the first weight into each layer (index 0 unused).
    private let firstWeights: [Int]

    /// Names for a network of these sizes.
    public init(layerSizes: [Int], biasSharing: BiasSharing) {
        self.layerSizes = layerSizes
        self.biasSharing = biasSharing
        var firstWeights = [0]
        for layer in layerSizes.indices.dropFirst() {
            let previous = layer == 1 ? 0 : firstWeights[layer - 1] + layerSizes[layer - 2] * layerSizes[layer - 1]
            firstWeights.append(previous)
        }
        self.firstWeights = firstWeights
    }

    /// Names for `network`.
    public init(_ network: Network) {
        self.init(layerSizes: network.layerSizes, biasSharing: network.biasSharing)
    }

    /// The name of neuron `neuron` (0-based) of `layer` (0 = inputs): `i1`, `h2`, `h1_3`, `o1`.
    public func neuron(layer: Int, _ neuron: Int) -> String {
        let number = neuron + 1
        if layer == 0 { return "i\(number)" }
        if layer == layerSizes.count - 1 { return "o\(number)" }
        if layerSizes.count == 3 { return "h\(number)" }
        return "h\(layer)_\(number)"
    }

    /// The symbol of neuron `neuron` of `layer` in a picture: i₁, h₂, o₁, and h1₃ for neuron 3 of
    /// hidden layer 1 of several.
    public func neuronSymbol(layer: Int, _ neuron: Int) -> MathSymbol {
        let number = String(neuron + 1)
        if layer == 0 { return MathSymbol("i", subscript: number) }
        if layer == layerSizes.count - 1 { return MathSymbol("o", subscript: number) }
        if layerSizes.count == 3 { return MathSymbol("h", subscript: number) }
        return MathSymbol("h\(layer)", subscript: number)
    }

    /// The weight's number as written in its subscript: `5` for flat index 4.
    public func weightNumber(_ index: Int) -> String { String(index + 1) }

    /// The symbol of the weight with flat index `index`: w₅ for index 4.
    public func weightSymbol(_ index: Int) -> MathSymbol {
        MathSymbol("w", subscript: weightNumber(index))
    }

    /// The name of the weight with flat index `index`: `w5` for index 4.
    public func weight(_ index: Int) -> String { TermNaming.ascii(weightSymbol(index)) }

    /// The symbol of the bias that neuron `neuron` of `layer` adds: b₁, or b_h1 for its own.
    public func biasSymbol(layer: Int, neuron: Int) -> MathSymbol {
        MathSymbol("b", subscript: biasSubscript(layer: layer, neuron: neuron))
    }

    /// The name of the bias that neuron `neuron` of `layer` adds: `b1` or `b_h1`.
    public func bias(layer: Int, neuron: Int) -> String {
        TermNaming.ascii(biasSymbol(layer: layer, neuron: neuron))
    }

    /// What a bias is written with in its subscript: the layer's number when shared, else the
    /// neuron's name.
    public func biasSubscript(layer: Int, neuron: Int?) -> String {
        guard let neuron, biasSharing == .perNeuron else { return String(layer) }
        return self.neuron(layer: layer, neuron)
    }

    /// The neuron of layer `layer − 1` that weight `weight` into `neuron` of `layer` comes from.
    public func source(ofWeight weight: Int, layer: Int, neuron: Int) -> Int {
        weight - firstWeights[layer] - neuron * layerSizes[layer - 1]
    }

    /// The neuron of `layer` that weight `weight` from the layer below feeds.
    public func destination(ofWeight weight: Int, layer: Int) -> Int {
        (weight - firstWeights[layer]) / layerSizes[layer - 1]
    }
}
