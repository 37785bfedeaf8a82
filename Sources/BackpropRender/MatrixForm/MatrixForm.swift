import BackpropCore

/// The traced step in matrix form, layer by layer: which terms make up each vector and matrix
/// of the four backpropagation equations (Nielsen's convention: Wˡ[j][k] is the weight from
/// neuron k of layer l − 1 to neuron j of layer l, so Wˡ's rows are the weights into one
/// neuron, in the walkthrough's numbering order).
///
/// Reads the trace's identities only; every value is a term of the trace.
struct MatrixForm: Sendable {
    let network: Network
    let options: TrainingOptions

    init(trace: Trace) {
        network = trace.network
        options = trace.options
    }

    var outputLayer: Int { network.outputLayer }

    /// Wˡ: `layerSizes[l]` × `layerSizes[l − 1]`.
    func weights(_ layer: Int, kind: TermKind = .weight) -> TermMatrix {
        let network = self.network
        return TermMatrix(rows: network.layerSizes[layer], columns: network.layerSizes[layer - 1]) { row, column in
            TermID(kind, layer: layer, neuron: row, weight: network.weightIndex(layer: layer, neuron: row, source: column))
        }
    }

    /// (Wˡ⁺¹)ᵀ as the hidden deltas of layer `layer` use it: the terms ∂net_o/∂out_h, equal to
    /// the original weights or, with `--hidden-uses updated`, the updated ones.
    func weightsBack(into layer: Int) -> TermMatrix {
        let network = self.network
        let above = layer + 1
        return TermMatrix(rows: network.layerSizes[layer], columns: network.layerSizes[above]) { row, column in
            TermID(
                .netSlopeOfOutput, layer: above, neuron: column,
                weight: network.weightIndex(layer: above, neuron: column, source: row)
            )
        }
    }

    /// aˡ: the outputs of layer `layer`, or the inputs for layer 0.
    func outputs(_ layer: Int) -> TermMatrix {
        TermMatrix(vector: network.layerSizes[layer]) { neuron in
            layer == 0 ? .input(neuron) : TermID(.output, layer: layer, neuron: neuron)
        }
    }

    /// A vector of one kind of term about each neuron of `layer`: zˡ, δˡ, f′(zˡ), ∂E/∂aˡ.
    func vector(_ kind: TermKind, _ layer: Int) -> TermMatrix {
        TermMatrix(vector: network.layerSizes[layer]) { TermID(kind, layer: layer, neuron: $0) }
    }

    /// ∂E_total/∂aˡ: the loss's slope at the output layer, the sums of contributions below.
    func errorSlopes(_ layer: Int) -> TermMatrix {
        vector(layer == outputLayer ? .errorSlope : .hiddenErrorSlope, layer)
    }

    /// Whether each layer shares one bias (a number added to every entry) rather than having a
    /// vector of them.
    var sharedBiases: Bool { network.biasSharing == .perLayer }

    /// bˡ (kind `.bias`), ∂E_total/∂bˡ (`.biasGradient`) or bˡ⁺ (`.updatedBias`): one entry when
    /// the layer shares its bias, none in a network without biases.
    func biases(_ layer: Int, kind: TermKind = .bias) -> TermMatrix {
        let shared = sharedBiases
        let count = network.biasSharing.count(forLayerOf: network.layerSizes[layer])
        return TermMatrix(vector: count) { neuron in
            TermID(kind, layer: layer, neuron: shared ? nil : neuron)
        }
    }

    /// Whether the network has biases at all.
    var hasBiases: Bool { network.biasSharing != .none }

    /// Whether the step updates the biases.
    var updatesBiases: Bool { options.updateBiases && hasBiases }

    /// ∂aᴸ/∂zᴸ of a softmax layer: entry (k, j) is ∂out_k/∂net_j.
    func softmaxJacobian(_ layer: Int) -> TermMatrix {
        let size = network.layerSizes[layer]
        return TermMatrix(rows: size, columns: size) { row, column in
            TermID(.activationSlope, layer: layer, neuron: column, output: row)
        }
    }
    /// Whether the hidden deltas use the updated weights of the layer above.
    var usesUpdatedWeights: Bool { options.hiddenUses == .updated }
}
