/// Which output-side weights the hidden layers' deltas are computed with.
public enum HiddenWeights: String, Sendable, CaseIterable {
    /// The weights as they were before the step, as the reference text prescribes.
    case original
    /// The weights already updated, layer by layer as the backward pass proceeds: what produced
    /// the reference's summary figures.
    case updated
}

/// How to train: which ordering, whether biases learn, and for how many steps.
public struct TrainingOptions: Sendable, Equatable {
    /// Which weights the hidden deltas use.
    public var hiddenUses: HiddenWeights
    /// Whether biases are updated too (the reference leaves them fixed).
    public var updateBiases: Bool
    /// How many steps to take; the first is traced in full. At least 1.
    public var steps: Int

    /// The reference's choices: original weights, fixed biases, one step.
    public init(hiddenUses: HiddenWeights = .original, updateBiases: Bool = false, steps: Int = 1) {
        self.hiddenUses = hiddenUses
        self.updateBiases = updateBiases
        self.steps = steps
    }
}
