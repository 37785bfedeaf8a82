/// Which output-side weights the hidden layers' deltas are computed with.
public enum HiddenWeights: String, Sendable, CaseIterable {
    /// The weights as they were before the step, as the reference text prescribes.
    case original
    /// The weights already updated, layer by layer as the backward pass proceeds: what produced
    /// the reference's summary figures. Only for steps that learn from one example.
    case updated
}

/// How the examples of a batch combine into one loss and one gradient.
public enum Reduction: String, Sendable, CaseIterable {
    /// The mean over the batch, as PyTorch's losses do by default.
    case mean
    /// The sum over the batch.
    case sum
}

/// How to train: which ordering, whether biases learn, how examples are batched, whether values
/// are rounded as by hand, and for how many steps.
public struct TrainingOptions: Sendable, Equatable {
    /// Which weights the hidden deltas use.
    public var hiddenUses: HiddenWeights
    /// Whether biases are updated too (the reference leaves them fixed).
    public var updateBiases: Bool
    /// How many steps to take (step ``tracedStep`` is traced in full). At least 1.
    public var steps: Int
    /// Examples per step, in order; nil for all of them (full-batch gradient descent).
    public var batchSize: Int?
    /// How a batch's losses and gradients combine.
    public var reduction: Reduction
    /// Decimals every computed value is rounded to before it is used, as a student with a
    /// calculator does; nil for full precision.
    public var roundingDecimals: Int?
    /// How gradients become updates.
    public var optimizer: Optimizer
    /// The step traced in full (from 1); the steps before it run untraced.
    public var tracedStep: Int
    /// L2 weight decay λ, PyTorch's `weight_decay`: λ·p is added to every learning parameter's
    /// gradient before the optimizer sees it. 0 for none.
    public var weightDecay: Double

    /// The largest weight decay accepted.
    public static let maximumWeightDecay = 1.0

    /// The most decimals `roundingDecimals` may ask for.
    public static let maximumRoundingDecimals = 15

    /// The reference's choices: original weights, fixed biases, one step, every example in one
    /// batch whose losses are averaged, full precision.
    public init(
        hiddenUses: HiddenWeights = .original, updateBiases: Bool = false, steps: Int = 1,
        batchSize: Int? = nil, reduction: Reduction = .mean, roundingDecimals: Int? = nil,
        optimizer: Optimizer = .sgd, tracedStep: Int = 1, weightDecay: Double = 0
    ) {
        self.weightDecay = weightDecay
        self.optimizer = optimizer
        self.tracedStep = tracedStep
        self.hiddenUses = hiddenUses
        self.updateBiases = updateBiases
        self.steps = steps
        self.batchSize = batchSize
        self.reduction = reduction
        self.roundingDecimals = roundingDecimals
    }
}
