import BackpropCore

/// How a network was (or is to be) trained, as a network file's `"training"` object records it:
/// whether biases learn, the batch size and reduction, the optimizer with its settings, and the
/// weight decay. `train --save` and `--save-initial` write it, so that
/// `explain --network FILE --trace-step K` replays step K of the run without further flags.
///
/// Every part is optional: what the record leaves out keeps the reader's default, and every
/// flag overrides its part.
package struct TrainingRecord: Sendable, Equatable {
    /// Whether biases are updated.
    package var updateBiases: Bool?
    /// Examples per step.
    package var batchSize: Int?
    /// How a batch's losses and gradients combine.
    package var reduction: Reduction?
    /// The optimizer and its hyperparameters.
    package var optimizer: Optimizer?
    /// The L2 weight decay λ.
    package var weightDecay: Double?

    /// A record of nothing.
    package init() {}

    /// The record of everything `options` says about how steps are taken (not how many, nor
    /// which one is traced), with the batch size as it was used: at most `examples`.
    package init(_ options: TrainingOptions, examples: Int) {
        updateBiases = options.updateBiases
        batchSize = min(options.batchSize ?? examples, examples)
        reduction = options.reduction
        optimizer = options.optimizer
        weightDecay = options.weightDecay
    }

    /// `options` with every part this record gives.
    package func applied(to options: TrainingOptions) -> TrainingOptions {
        var result = options
        if let updateBiases { result.updateBiases = updateBiases }
        if let batchSize { result.batchSize = batchSize }
        if let reduction { result.reduction = reduction }
        if let optimizer { result.optimizer = optimizer }
        if let weightDecay { result.weightDecay = weightDecay }
        return result
    }

    /// The names of an optimizer in a record, as `--optimizer` takes them, plus `nesterov`.
    package static let optimizerNames = ["sgd", "momentum", "nesterov", "rmsprop", "adam"]
}
