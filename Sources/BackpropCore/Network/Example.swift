/// One training example: the inputs a network is given and the targets its outputs should reach.
public struct Example: Sendable, Equatable {
    /// One value per input neuron.
    public let inputs: [Double]
    /// One value per output neuron.
    public let targets: [Double]

    /// An example; ``TrainingSetup`` checks it against its network.
    public init(inputs: [Double], targets: [Double]) {
        self.inputs = inputs
        self.targets = targets
    }
}
