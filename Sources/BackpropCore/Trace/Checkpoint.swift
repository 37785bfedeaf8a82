/// The network's loss and outputs after some number of training steps.
public struct Checkpoint: Sendable, Equatable {
    /// How many steps had been taken.
    public let step: Int
    /// E_total after those steps: over every example, combined as the batches are (mean or sum).
    public let totalError: Double
    /// Each example's output activations after those steps.
    public let exampleOutputs: [[Double]]

    /// A checkpoint.
    public init(step: Int, totalError: Double, exampleOutputs: [[Double]]) {
        self.step = step
        self.totalError = totalError
        self.exampleOutputs = exampleOutputs
    }

    /// The first example's outputs: all of them, for a step of one example.
    public var outputs: [Double] { exampleOutputs.first ?? [] }
}
