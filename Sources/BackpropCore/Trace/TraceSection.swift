/// The part of the walkthrough a term belongs to.
public enum TraceSection: Sendable, Equatable, Hashable {
    /// The network and the training example, before anything is computed.
    case given
    /// The forward pass through non-input layer `layer`.
    case forward(layer: Int)
    /// The output errors and their total.
    case error
    /// The backward pass through non-input layer `layer` (the output layer first).
    case backward(layer: Int)
    /// A gradient check's finite differences: never part of an engine's trace, only of one
    /// extended by ``Trace/adding(_:)`` (as `check` does to mark a student's estimates).
    case gradientCheck
}
