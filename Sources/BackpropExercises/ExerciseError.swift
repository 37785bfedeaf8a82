/// Exercises that cannot be generated.
public enum ExerciseError: Error, Sendable, Equatable {
    /// Why layer sizes are not for hand calculation.
    public enum Unsuitability: Sendable, Equatable {
        /// Fewer or more layers than an exercise may have (the limit is the most).
        case layerCount(limit: Int)
        /// A layer with no neurons or with more than the limit.
        case layerSize(limit: Int)
    }

    /// The layer sizes are not for hand calculation.
    case unsuitableLayers([Int], Unsuitability)
    /// No candidate network passed the checks within the allowed number of draws.
    case noSuitableNetwork(exercise: Int, attempts: Int)
}
