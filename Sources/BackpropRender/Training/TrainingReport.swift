import BackpropCore

/// What `backprop train` found, for the renderers: how it trained, the loss along the way, the
/// trained network and its predictions. The renderers format it; they compute nothing.
public struct TrainingReport: Sendable {
    /// Where the examples came from: a data set's name or a file's.
    public let dataName: String
    /// The network after training.
    public let network: Network
    public let loss: Loss
    public let optimizer: Optimizer
    /// The L2 weight decay λ (0 for none).
    public let weightDecay: Double
    public let learningRate: Double
    /// Examples per step.
    public let batchSize: Int
    /// Epochs asked for, and epochs completed (fewer when interrupted).
    public let epochsAsked: Int
    public let epochsRun: Int
    public let steps: Int
    public let history: TrainingHistory
    public let examples: [Example]
    /// The network's outputs for each example after training.
    public let outputs: [[Double]]
    /// The names of the classes when the targets are classes.
    public let classNames: [String]?
    /// The classes chosen over the plane, for data of two inputs.
    public let regions: DecisionRegions?
    /// The built-in data set whose preset gave the settings the flags left out, and the flags
    /// that overrode a part of it; nil without a preset.
    public let preset: (name: String, overriddenBy: [String])?
    /// The accuracy of always answering the commonest class, for classes; the final accuracy
    /// is compared with it.
    public let chanceAccuracy: Double?

    public init(
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
    public static let maximumListedExamples = 20
    public static let maximumListedParameters = 64

    /// Whether training stopped before the epochs asked for (Ctrl-C).
    public var wasInterrupted: Bool { epochsRun < epochsAsked }

    /// The accuracy after training, for classes.
    public var finalAccuracy: Double? { history.table.last?.accuracy }

    /// Whether the final accuracy is within ``chanceMargin`` of always answering the commonest
    /// class: the network has learnt (next to) nothing.
    public var endsNearChance: Bool {
        guard let chanceAccuracy, let finalAccuracy, chanceAccuracy < 1 else { return false }
        return finalAccuracy < chanceAccuracy + Self.chanceMargin
    }

    /// How far above chance a final accuracy must be to count as learning: 10 points.
    public static let chanceMargin = 0.1
}
