/// A part of a network description, as it is named in a network file.
public enum NetworkField: String, Sendable {
    case layers, inputs, targets, weights, biases, learningRate, activation, loss
}

/// A network description that cannot be trained: which part is wrong and how.
///
/// It carries the facts, not the words: the command-line tool phrases them.
public struct NetworkError: Error, Sendable, Equatable {
    /// What is wrong with a part.
    public enum Problem: Sendable, Equatable {
        /// Fewer than two layers (the count).
        case tooFewLayers(Int)
        /// More layers than the limit.
        case tooManyLayers(Int, limit: Int)
        /// A layer (0-based) with fewer than one neuron.
        case emptyLayer(index: Int, size: Int)
        /// A layer (0-based) with more neurons than the limit.
        case layerTooLarge(index: Int, size: Int, limit: Int)
        /// The layers need more weights than the limit.
        case tooManyWeights(layers: [Int], limit: Int)
        /// A list of the wrong length for the layers.
        case wrongCount(expected: Int, got: Int, layers: [Int])
        /// Shared biases given with more or fewer than one per non-input layer.
        case notOneSharedBiasPerLayer
        /// Per-neuron biases whose count for a layer (1-based among non-input layers) is wrong.
        case wrongBiasCount(layer: Int, neurons: Int, biases: Int)
        /// Value `index` (0-based) is not finite.
        case notFinite(index: Int, value: Double)
        /// A value that must not be negative is.
        case negative(Double)
        /// No training example at all.
        case noExamples
        /// Softmax on a layer (1-based among the non-input layers) other than the output layer.
        case softmaxNotOnOutput(layer: Int)
        /// The loss needs its output layer to have `needs`, and it has `has`.
        case lossNeedsOutputActivation(Loss, needs: Activation, has: Activation)
        /// Target `index` (0-based) of example `example` is outside [0, 1], as the loss needs.
        case targetOutsideUnitInterval(example: Int, index: Int, value: Double)
        /// The targets of example `example` of a softmax layer sum to `sum`, not 1.
        case softmaxTargetsDoNotSumToOne(example: Int, sum: Double)
    }

    /// The part that is wrong.
    public let field: NetworkField
    /// What is wrong with it.
    public let problem: Problem

    /// Creates an error about `field`.
    public init(_ field: NetworkField, _ problem: Problem) {
        self.field = field
        self.problem = problem
    }
}
