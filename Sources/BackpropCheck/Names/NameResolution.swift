import BackpropCore

/// What a written name turned out to be.
package enum NameResolution: Sendable, Equatable {
    /// A term of the trace, by its index in ``BackpropCore/Trace/terms``.
    case term(Int)
    /// A term this network has, but not with these training options: `b1+` without bias
    /// updates. `option` says which option computes it.
    case notAsked(name: String, option: TrainingOption)
    /// Not a name of this network; `suggestion` is the closest canonical name, if any is close.
    case unknown(suggestion: String?)
}

/// A training option that changes which terms a step has or how they are computed, for the
/// report to name in the caller's words.
package enum TrainingOption: Sendable, Equatable {
    /// Biases are updated too.
    case updateBiases
    /// The hidden deltas use the already updated output weights.
    case hiddenUsesUpdated
    /// How a batch combines its examples: `reduction` mean or sum.
    case reduction(Reduction)
}
