import BackpropCore

/// Exercises that cannot be generated.
package enum ExerciseError: Error, Sendable, Equatable {
    /// Why layer sizes are not for hand calculation.
    package enum Unsuitability: Sendable, Equatable {
        /// Fewer or more layers than an exercise may have (the limit is the most).
        case layerCount(limit: Int)
        /// A layer with no neurons or with more than the limit.
        case layerSize(limit: Int)
    }

    /// Why settings cannot make exercises.
    package enum SettingsProblem: Sendable, Equatable {
        /// An example count outside 1…limit.
        case exampleCount(Int, limit: Int)
        /// A learning rate that is not more than 0 and at most the limit: η = 0 changes
        /// nothing, and a large one overshoots so that no draw lowers the error.
        case learningRate(Double, limit: Double)
        /// Training options of more (or fewer) steps than one: an exercise is one step.
        case stepCount(Int)
        /// A softmax output layer of one neuron, whose output is always 1.
        case softmaxOfOneOutput
        /// A combination ``TrainingSetup`` refuses (a loss without its output activation,
        /// softmax on a hidden layer, the wrong number of activations, …).
        case network(NetworkError)
        /// Training options the engine refuses for these settings (updated hidden weights with
        /// several examples, no step at all, …).
        case training(EngineError)
    }

    /// The layer sizes are not for hand calculation.
    case unsuitableLayers([Int], Unsuitability)
    /// The settings cannot make exercises of these layers.
    case unsuitableSettings(SettingsProblem)
    /// No candidate network passed the checks within the allowed number of draws.
    case noSuitableNetwork(exercise: Int, attempts: Int)
}
