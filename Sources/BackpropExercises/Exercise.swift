import BackpropCore

/// One generated exercise: a network whose training step a student can work out by hand.
package struct Exercise: Sendable, Equatable {
    /// Its place in the set, from 1.
    package let number: Int
    /// The seed of its own random stream (drawn from the set's seed).
    package let seed: UInt64
    /// The network, its training examples and learning rate, every drawn value with at most
    /// two decimals.
    package let setup: TrainingSetup
    /// How its step is taken: the answer key, the worksheet and `check` use the same options.
    package let options: TrainingOptions
}
