/// A network description assembled from the reference network, a network file and flags, each
/// part remembering where it came from.
///
/// ``network()`` checks the parts against each other and reports a problem against the source
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
        let network = Network.reference
        var spec = NetworkSpec()
        spec.layers = Sourced(network.layerSizes, from: .reference)
        spec.inputs = Sourced(network.inputs, from: .reference)
        spec.targets = Sourced(network.targets, from: .reference)
        spec.weights = Sourced(network.weights, from: .reference)
        spec.biases = Sourced(.shared(network.biases.map { $0[0] }), from: .reference)
        spec.learningRate = Sourced(network.learningRate, from: .reference)
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

    /// The command-line flag that sets a file field: `learningRate` → `learning-rate`.
    public static func flagName(forField field: String) -> String {
        field == "learningRate" ? "learning-rate" : field
    }

    /// The checked network.
    ///
    /// - Throws: ``NetworkInputError`` naming the source and field of the part that is wrong.
    public func network() throws(NetworkInputError) -> Network {
        let reference = NetworkSpec.reference.overridden(by: self)
        // Every part is set once the reference fills the gaps.
        guard let layers = reference.layers, let inputs = reference.inputs,
              let targets = reference.targets, let weights = reference.weights,
              let biases = reference.biases, let learningRate = reference.learningRate,
              let activation = reference.activation
        else { throw NetworkInputError(.reference, field: nil, message: "incomplete network") }

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
            return try Network(
                layerSizes: layers.value, weights: weights.value, biases: biasValues,
                biasSharing: sharing, activations: activations, inputs: inputs.value,
                targets: targets.value, learningRate: learningRate.value
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
            var message = error.message
            if error.field != .layers, error.message.hasPrefix("expected"),
               layers.source != part.source {
                message += " (layers from \(Self.describe(layers.source)))"
            }
            throw NetworkInputError(
                part.source, field: error.field.rawValue, message: message,
                line: part.position?.line, column: part.position?.column
            )
        }
    }

    private static func describe(_ source: InputSource) -> String {
        switch source {
        case let .file(path): return path
        case let .flag(flag): return flag
        case .reference: return "the reference network"
        }
    }
}
