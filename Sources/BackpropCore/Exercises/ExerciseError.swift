/// Exercises that cannot be generated.
public enum ExerciseError: Error, Sendable, Equatable {
    /// The layer sizes are not for hand calculation: the reason, in words.
    case unsuitableLayers([Int], reason: String)
    /// No candidate network passed the checks within the allowed number of draws.
    case noSuitableNetwork(exercise: Int, attempts: Int)
}
