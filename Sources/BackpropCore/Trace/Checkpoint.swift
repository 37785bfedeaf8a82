/// The network's error and outputs after some number of training steps.
public struct Checkpoint: Sendable, Equatable {
    /// How many steps had been taken.
    public let step: Int
    /// E_total after those steps.
    public let totalError: Double
    /// The output neurons' activations after those steps.
    public let outputs: [Double]
}
