import BackpropCore

/// A network description assembled from the reference network, a network file and flags, each
/// part remembering where it came from.
///
/// ``setup()`` checks the parts against each other and reports a problem against the source
/// of the part that is wrong.
package struct NetworkSpec: Sendable {
    package var layers: Sourced<[Int]>?
    /// Each training example's inputs.
    package var inputs: Sourced<[[Double]]>?
    /// Each training example's targets.
    package var targets: Sourced<[[Double]]>?
    /// Each training example's class (from 0), in place of `targets`: one-hot targets for an
    /// output layer of several neurons, the class itself (0 or 1) for one.
    package var labels: Sourced<[Int]>?
    /// Examples as rows of a table, inputs then targets (`--examples FILE.csv`): they replace
    /// `inputs` and `targets` once the layer sizes say where a row splits.
    package var exampleRows: Sourced<[ExampleRow]>?
    package var weights: Sourced<[Double]>?
    package var biases: Sourced<BiasValues>?
    package var learningRate: Sourced<Double>?
    /// One activation for every layer, or one per non-input layer.
    package var activation: Sourced<[Activation]>?
    package var loss: Sourced<Loss>?
    /// How the network was trained (``TrainingRecord``): options, not part of the network.
    package var training: Sourced<TrainingRecord>?

    /// An empty description: every part unset.
    package init() {}

    /// The fields a network file may have, in the order `backprop init` writes them.
    package static let fields = [
        "layers", "inputs", "targets", "examples", "weights", "biases", "learningRate", "activation",
        "loss", "training",
    ]

    /// The most training examples a description may hold.
    package static let maximumExampleCount = 1_000_000

    /// The reference network, every part marked as the reference's.
    package static var reference: NetworkSpec {
        let setup = TrainingSetup.reference
        let network = setup.network
        var spec = NetworkSpec()
        spec.layers = Sourced(network.layerSizes, from: .reference)
        spec.inputs = Sourced([setup.inputs], from: .reference)
        spec.targets = Sourced([setup.targets], from: .reference)
        spec.weights = Sourced(network.weights, from: .reference)
        spec.biases = Sourced(.shared(network.biases.map { $0[0] }), from: .reference)
        spec.learningRate = Sourced(setup.learningRate, from: .reference)
        spec.activation = Sourced([.logistic], from: .reference)
        spec.loss = Sourced(setup.loss, from: .reference)
        return spec
    }

    /// This description with every part that `other` sets taken from `other`.
    package func overridden(by other: NetworkSpec) -> NetworkSpec {
        var merged = self
        if let value = other.layers { merged.layers = value }
        if let value = other.inputs { merged.inputs = value; merged.exampleRows = nil }
        if let value = other.targets { merged.targets = value; merged.labels = nil; merged.exampleRows = nil }
        if let value = other.labels { merged.labels = value; merged.exampleRows = nil }
        if let value = other.exampleRows {
            merged.exampleRows = value
            merged.inputs = nil
            merged.targets = nil
        }
        if let value = other.weights { merged.weights = value }
        if let value = other.biases { merged.biases = value }
        if let value = other.learningRate { merged.learningRate = value }
        if let value = other.activation { merged.activation = value }
        if let value = other.loss { merged.loss = value }
        if let value = other.training { merged.training = value }
        return merged
    }

    /// The fields whose values are still the reference network's although the layers are not:
    /// a 2-2-1 network given by flags gets the reference's biases 0.35 and 0.6 unless told
    /// otherwise. Empty when the layers are the reference's.
    package func fieldsFromTheReference() -> [String] {
        let complete = NetworkSpec.reference.overridden(by: self)
        guard let layers = complete.layers, layers.value != TrainingSetup.reference.network.layerSizes
        else { return [] }
        var fields: [String] = []
        if complete.inputs?.source == .reference { fields.append("inputs") }
        if complete.targets?.source == .reference, complete.labels == nil { fields.append("targets") }
        if complete.weights?.source == .reference { fields.append("weights") }
        if complete.biases?.source == .reference { fields.append("biases") }
        if complete.learningRate?.source == .reference { fields.append("learningRate") }
        if complete.activation?.source == .reference { fields.append("activation") }
        return fields
    }

    /// The checked network, its training example and learning rate; the reference fills every
    /// part this description leaves unset.
    ///
    /// - Throws: ``NetworkInputError`` naming the source and field of the part that is wrong.
    package func setup() throws(NetworkInputError) -> TrainingSetup {
        let complete = NetworkSpec.reference.overridden(by: self)
        // Every part is set once the reference fills the gaps.
        guard let layers = complete.layers, let weights = complete.weights,
              let biases = complete.biases, let learningRate = complete.learningRate,
              let activation = complete.activation, let loss = complete.loss
        else { preconditionFailure("the reference sets every part") }
        let (inputs, targets) = try complete.exampleParts(layers: layers.value)
        guard inputs.value.count == targets.value.count else {
            // Blame the part that was given over the one that came from the reference.
            let blameInputs = targets.source == .reference
            let blamed = blameInputs ? inputs : targets
            throw NetworkInputError(
                blamed.source, field: blameInputs ? "inputs" : "targets",
                .exampleCountMismatch(inputs: inputs.value.count, targets: targets.value.count),
                line: blamed.position?.line, column: blamed.position?.column
            )
        }

        let layerCount = layers.value.count
        var activations = activation.value
        if activations.count == 1, layerCount > 2 {
            activations = Array(repeating: activations[0], count: layerCount - 1)
        }
        let (biasValues, sharing): ([[Double]], BiasSharing) = switch biases.value {
        case let .shared(values): (values.map { [$0] }, .perLayer)
        case let .perNeuron(values): (values, .perNeuron)
        case .none: (Array(repeating: [], count: max(layerCount - 1, 0)), .none)
        }
        do {
            return try TrainingSetup(
                layerSizes: layers.value, weights: weights.value, biases: biasValues,
                biasSharing: sharing, activations: activations,
                examples: zip(inputs.value, targets.value).map { Example(inputs: $0, targets: $1) },
                loss: loss.value, learningRate: learningRate.value
            )
        } catch {
            let part: (source: InputSource, position: (line: Int, column: Int)?) = switch error.field {
            case .layers: (layers.source, layers.position)
            case .inputs: (inputs.source, inputs.position)
            case .targets: (targets.source, targets.position)
            case .weights: (weights.source, weights.position)
            case .biases: (biases.source, biases.position)
            case .learningRate: (learningRate.source, learningRate.position)
            case .activation: (activation.source, activation.position)
            case .loss: (loss.source, loss.position)
            }
            // A count that disagrees with layers from elsewhere: say where the layers came from.
            var layersFrom: InputSource?
            switch error.problem {
            case .wrongCount, .notOneSharedBiasPerLayer:
                if error.field != .layers, layers.source != part.source { layersFrom = layers.source }
            default:
                break
            }
            throw NetworkInputError(
                part.source, field: error.field.rawValue,
                .invalid(error.problem, layersFrom: layersFrom),
                line: part.position?.line, column: part.position?.column
            )
        }
    }

    /// The examples' inputs and targets: given as such, or split from table rows, the first
    /// `layers[0]` values of a row being its inputs and the rest its targets.
    private func exampleParts(
        layers: [Int]
    ) throws(NetworkInputError) -> (inputs: Sourced<[[Double]]>, targets: Sourced<[[Double]]>) {
        guard let rows = exampleRows else {
            guard let inputs, let targets else { preconditionFailure("the reference sets every part") }
            guard let labels else { return (inputs, targets) }
            return (inputs, try Self.targets(fromLabels: labels, outputs: layers.last ?? 1))
        }
        let inputCount = layers.first ?? 0
        let width = inputCount + (layers.last ?? 0)
        var inputs: [[Double]] = [], targets: [[Double]] = []
        for row in rows.value {
            guard row.values.count == width else {
                throw NetworkInputError(
                    rows.source, field: "examples",
                    .rowLength(expected: width, got: row.values.count, inputs: inputCount),
                    line: row.line, column: 1
                )
            }
            inputs.append(Array(row.values[..<inputCount]))
            targets.append(Array(row.values[inputCount...]))
        }
        return (Sourced(inputs, from: rows.source), Sourced(targets, from: rows.source))
    }
}

extension NetworkSpec {
    /// The targets of examples of class `labels` for `outputs` output neurons: one-hot for
    /// several, the class itself (0 or 1) for one.
    static func targets(fromLabels labels: Sourced<[Int]>, outputs: Int) throws(NetworkInputError) -> Sourced<[[Double]]> {
        let classes = outputs == 1 ? 2 : outputs
        var targets: [[Double]] = []
        for (example, label) in labels.value.enumerated() {
            guard label < classes else {
                throw NetworkInputError(
                    labels.source, field: "targets", .labelOutOfRange(example: example, label: label, classes: classes),
                    line: labels.position?.line, column: labels.position?.column
                )
            }
            targets.append(outputs == 1 ? [Double(label)] : (0..<outputs).map { $0 == label ? 1 : 0 })
        }
        return Sourced(targets, from: labels.source, at: labels.position)
    }
}

/// One example as a row of a table: its values, inputs then targets, and the line it is on.
package struct ExampleRow: Sendable, Equatable {
    /// The numbers of the row.
    package let values: [Double]
    /// The row's 1-based line in its file.
    package let line: Int

    /// A row.
    package init(values: [Double], line: Int) {
        self.values = values
        self.line = line
    }
}
