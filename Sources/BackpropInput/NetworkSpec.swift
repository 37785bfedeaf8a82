import BackpropCore

/// A network description assembled from the reference network, a network file and flags, each
/// part remembering where it came from.
///
/// ``setup()`` checks the parts against each other and reports a problem against the source
/// of the part that is wrong.
public struct NetworkSpec: Sendable {
    public var layers: Sourced<[Int]>?
    public var inputs: Sourced<[Double]>?
    public var targets: Sourced<[Double]>?
    public var weights: Sourced<[Double]>?
    public var biases: Sourced<BiasValues>?
    public var learningRate: Sourced<Double>?
    /// One activation for every layer, or one per non-input layer.
    public var activation: Sourced<[Activation]>?

    /// An empty description: every part unset.
    public init() {}

    /// The fields a network file may have, in the order `backprop init` writes them.
    public static let fields = [
        "layers", "inputs", "targets", "weights", "biases", "learningRate", "activation",
    ]

    /// The reference network, every part marked as the reference's.
    public static var reference: NetworkSpec {
        let setup = TrainingSetup.reference
        let network = setup.network
        var spec = NetworkSpec()
        spec.layers = Sourced(network.layerSizes, from: .reference)
        spec.inputs = Sourced(setup.inputs, from: .reference)
        spec.targets = Sourced(setup.targets, from: .reference)
        spec.weights = Sourced(network.weights, from: .reference)
        spec.biases = Sourced(.shared(network.biases.map { $0[0] }), from: .reference)
        spec.learningRate = Sourced(setup.learningRate, from: .reference)
        spec.activation = Sourced([.logistic], from: .reference)
        return spec
    }

    /// This description with every part that `other` sets taken from `other`.
    public func overridden(by other: NetworkSpec) -> NetworkSpec {
        var merged = self
        if let value = other.layers { merged.layers = value }
        if let value = other.inputs { merged.inputs = value }
        if let value = other.targets { merged.targets = value }
        if let value = other.weights { merged.weights = value }
        if let value = other.biases { merged.biases = value }
        if let value = other.learningRate { merged.learningRate = value }
        if let value = other.activation { merged.activation = value }
        return merged
    }

    /// The checked network, its training example and learning rate; the reference fills every
    /// part this description leaves unset.
    ///
    /// - Throws: ``NetworkInputError`` naming the source and field of the part that is wrong.
    public func setup() throws(NetworkInputError) -> TrainingSetup {
        let complete = NetworkSpec.reference.overridden(by: self)
        // Every part is set once the reference fills the gaps.
        guard let layers = complete.layers, let inputs = complete.inputs,
              let targets = complete.targets, let weights = complete.weights,
              let biases = complete.biases, let learningRate = complete.learningRate,
              let activation = complete.activation
        else { preconditionFailure("the reference sets every part") }

        let layerCount = layers.value.count
        var activations = activation.value
        if activations.count == 1, layerCount > 2 {
            activations = Array(repeating: activations[0], count: layerCount - 1)
        }
        let (biasValues, sharing): ([[Double]], BiasSharing) = switch biases.value {
        case let .shared(values): (values.map { [$0] }, .perLayer)
        case let .perNeuron(values): (values, .perNeuron)
        }
        do {
            return try TrainingSetup(
                layerSizes: layers.value, weights: weights.value, biases: biasValues,
                biasSharing: sharing, activations: activations,
                examples: [Example(inputs: inputs.value, targets: targets.value)],
                learningRate: learningRate.value
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
}
