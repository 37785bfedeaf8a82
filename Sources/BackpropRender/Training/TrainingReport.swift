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

    public init(
        dataName: String, network: Network, loss: Loss, optimizer: Optimizer, learningRate: Double,
        batchSize: Int, epochsAsked: Int, epochsRun: Int, steps: Int, history: TrainingHistory,
        examples: [Example], outputs: [[Double]], classNames: [String]?, regions: DecisionRegions?
    ) {
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
}
