import BackpropCore

/// The traced step in matrix form, layer by layer: which terms make up each vector and matrix
/// of the four backpropagation equations (Nielsen's convention: Wˡ[j][k] is the weight from
/// neuron k of layer l − 1 to neuron j of layer l, so Wˡ's rows are the weights into one
/// neuron, in the walkthrough's numbering order).
///
/// Reads the trace's identities only; every value is a term of the trace.
///
/// In a step of several examples, the activations, net inputs, deltas and slopes are matrices
/// with one column per example of the batch (column k holds example k's terms), and the batch's
/// gradients are the examples' combined by the reduction.
struct MatrixForm: Sendable {
    let network: Network
    let options: TrainingOptions
    /// The examples of the step, one per column; `[nil]` for a step of one example, whose terms
    /// carry no example.
    let batch: [Int?]

    init(trace: Trace) {
        network = trace.network
        options = trace.options
        var batch: [Int?] = []
        for term in trace.terms {
            guard term.section == .given else { break }
            if term.kind == .input, term.neuron == 0, let example = term.id.example { batch.append(example) }
        }
        self.batch = batch.isEmpty ? [nil] : batch
    }

    /// Whether the step has several examples, a column each.
    var isBatch: Bool { batch[0] != nil }

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
        // Every example of a batch uses the same weights: the first one's terms stand for all.
        let example = batch[0]
        return TermMatrix(rows: network.layerSizes[layer], columns: network.layerSizes[above]) { row, column in
            TermID(
                .netSlopeOfOutput, layer: above, neuron: column,
                weight: network.weightIndex(layer: above, neuron: column, source: row), example: example
            )
        }
    }

    /// aˡ: the outputs of layer `layer`, or the inputs for layer 0.
    func outputs(_ layer: Int) -> TermMatrix {
        vector(layer == 0 ? .input : .output, layer)
    }

    /// A vector (a matrix, a column per example, for a batch) of one kind of term about each
    /// neuron of `layer`: zˡ, δˡ, f′(zˡ), ∂E/∂aˡ.
    func vector(_ kind: TermKind, _ layer: Int) -> TermMatrix {
        let batch = self.batch
        return TermMatrix(rows: network.layerSizes[layer], columns: batch.count) { neuron, column in
            TermID(kind, layer: layer, neuron: neuron, example: batch[column])
        }
    }

    /// Each example's loss, a row; E_total itself for a step of one example.
    var errors: TermMatrix {
        let batch = self.batch, layer = outputLayer
        return TermMatrix(rows: 1, columns: batch.count) { _, column in
            TermID(.totalError, layer: layer, example: batch[column])
        }
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

    /// ∂aᴸ/∂zᴸ of a softmax layer for column `column`'s example: entry (k, j) is ∂out_k/∂net_j.
    func softmaxJacobian(_ layer: Int, column: Int = 0) -> TermMatrix {
        let size = network.layerSizes[layer]
        let example = batch[column]
        return TermMatrix(rows: size, columns: size) { row, neuron in
            TermID(.activationSlope, layer: layer, neuron: neuron, example: example, output: row)
        }
    }
    /// Whether the hidden deltas use the updated weights of the layer above.
    var usesUpdatedWeights: Bool { options.hiddenUses == .updated }
}
