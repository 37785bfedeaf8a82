/// The part of the walkthrough a term belongs to. With several examples, the forward pass, the
/// error and the backward pass come once per example (the term's ``TermID/example`` says which),
/// and the update comes once for the batch.
public enum TraceSection: Sendable, Equatable, Hashable {
    /// The network and the training examples, before anything is computed.
    case given
    /// The forward pass through non-input layer `layer`.
    case forward(layer: Int)
    /// The output errors and their total.
    case error
    /// The backward pass through non-input layer `layer` (the output layer first).
    case backward(layer: Int)
    /// The batch's loss and gradients from its examples', and the parameters' update.
    case update
    /// A gradient check's finite differences: never part of an engine's trace, only of one
    /// extended by ``Trace/adding(_:)`` (as the gradient-check view does to write their formulas).
    case gradientCheck
}
