import BackpropCore

/// One generated exercise: a network whose training step a student can work out by hand.
public struct Exercise: Sendable, Equatable {
    /// Its place in the set, from 1.
    public let number: Int
    /// The seed of its own random stream (drawn from the set's seed).
    public let seed: UInt64
    /// The network, its training example and learning rate, every value with at most two
    /// decimals.
    public let setup: TrainingSetup
}
