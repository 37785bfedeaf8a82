import BackpropCore

/// What `backprop train` found, for the renderers: how it trained, the loss along the way, the
/// trained network and its predictions. The renderers format it; they compute nothing.
package struct TrainingReport: Sendable {
    /// Where the examples came from: a data set's name or a file's.
    package let dataName: String
    /// The network after training.
    package let network: Network
    package let loss: Loss
    package let optimizer: Optimizer
    /// The L2 weight decay λ (0 for none).
    package let weightDecay: Double
    package let learningRate: Double
    /// Examples per step.
    package let batchSize: Int
    /// Epochs asked for, and epochs completed (fewer when interrupted).
    package let epochsAsked: Int
    package let epochsRun: Int
    package let steps: Int
    package let history: TrainingHistory
    package let examples: [Example]
    /// The network's outputs for each example after training.
    package let outputs: [[Double]]
    /// The names of the classes when the targets are classes.
    package let classNames: [String]?
    /// The classes chosen over the plane, for data of two inputs.
    package let regions: DecisionRegions?
    /// The built-in data set whose preset gave the settings the flags left out, and the flags
    /// that overrode a part of it; nil without a preset.
    package let preset: (name: String, overriddenBy: [String])?
    /// The accuracy of always answering the commonest class, for classes; the final accuracy
    /// is compared with it.
    package let chanceAccuracy: Double?

    package init(
        dataName: String, network: Network, loss: Loss, optimizer: Optimizer, learningRate: Double,
        batchSize: Int, epochsAsked: Int, epochsRun: Int, steps: Int, history: TrainingHistory,
        examples: [Example], outputs: [[Double]], classNames: [String]?, regions: DecisionRegions?,
        weightDecay: Double = 0, preset: (name: String, overriddenBy: [String])? = nil,
        chanceAccuracy: Double? = nil
    ) {
        self.weightDecay = weightDecay
        self.preset = preset
        self.chanceAccuracy = chanceAccuracy
        self.dataName = dataName
        self.network = network
        self.loss = loss
        self.optimizer = optimizer
        self.learningRate = learningRate
        self.batchSize = batchSize
        self.epochsAsked = epochsAsked
        self.epochsRun = epochsRun
        self.steps = steps
        self.history = history
        self.examples = examples
        self.outputs = outputs
        self.classNames = classNames
        self.regions = regions
    }

    /// The most examples listed with their predictions, and weights listed by name.
    package static let maximumListedExamples = 20
    package static let maximumListedParameters = 64

    /// Whether training stopped before the epochs asked for (Ctrl-C).
    package var wasInterrupted: Bool { epochsRun < epochsAsked }

    /// The accuracy after training, for classes.
    package var finalAccuracy: Double? { history.table.last?.accuracy }

    /// Whether the final accuracy is within ``chanceMargin`` of always answering the commonest
    /// class: the network has learnt (next to) nothing.
    package var endsNearChance: Bool {
        guard let chanceAccuracy, let finalAccuracy, chanceAccuracy < 1 else { return false }
        return finalAccuracy < chanceAccuracy + Self.chanceMargin
    }

    /// How far above chance a final accuracy must be to count as learning: 10 points.
    package static let chanceMargin = 0.1
}
