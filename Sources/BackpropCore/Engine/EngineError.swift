/// A training run that could not produce finite numbers.
public enum EngineError: Error, Sendable, Equatable {
    /// A term of the traced first step overflowed or became undefined.
    case nonFiniteTerm(name: String, value: Double)
    /// The error or a weight stopped being finite during step `step` of the untraced steps.
    case nonFiniteAfterStep(step: Int, what: String)
    /// Fewer than one step was asked for.
    case invalidStepCount(Int)
}
