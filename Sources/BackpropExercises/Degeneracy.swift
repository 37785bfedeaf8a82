import BackpropCore

/// A reason a drawn network makes a poor exercise, found by reading its trace.
public enum Degeneracy: Sendable, Equatable {
    /// The neuron's output is outside ``ExerciseChecks/outputRange``: its slope out(1 − out)
    /// is so small that the gradients through it say little. The term is its output.
    case saturated(TermID)
    /// The output (this term) is already within ``ExerciseChecks/targetMargin`` of its target.
    case outputAtTarget(TermID)
    /// The weight gradient (this term) is smaller than ``ExerciseChecks/smallestGradient``.
    case vanishingGradient(TermID)
    /// The computed term rounds to zero at four decimals, so a student's value cannot show it.
    case roundsToZero(TermID)
    /// The step does not lower the total error.
    case errorDoesNotDecrease
}

/// The checks a generated exercise must pass. They read the trace; they compute nothing new.
public enum ExerciseChecks {
    /// Every hidden and output neuron's output must lie in this range (logistic slope ≥ 0.09).
    public static let outputRange = 0.1...0.9
    /// Every output must be at least this far from its target.
    public static let targetMargin = 0.05
    /// Every weight gradient must be at least this large in magnitude.
    public static let smallestGradient = 0.0001
    /// A computed term smaller in magnitude than this rounds to zero at four decimals.
    public static let zeroAtFourDecimals = 0.00005

    /// Every problem of the trace's network as an exercise, in trace order; empty for a good one.
    public static func degeneracies(of trace: Trace) -> [Degeneracy] {
        var found: [Degeneracy] = []
        for term in trace.terms where term.section != .given {
            switch term.kind {
            case .output:
                if !outputRange.contains(term.value) { found.append(.saturated(term.id)) }
                if term.layer == trace.outputLayer, let index = term.neuron,
                   abs(trace.setup.targets[index] - term.value) < targetMargin {
                    found.append(.outputAtTarget(term.id))
                }
            case .weightGradient:
                if abs(term.value) < smallestGradient { found.append(.vanishingGradient(term.id)) }
            default:
                break
            }
            if abs(term.value) < zeroAtFourDecimals { found.append(.roundsToZero(term.id)) }
        }
        if let before = trace[.totalError(layer: trace.outputLayer)]?.value,
           trace.history[0].totalError >= before {
            found.append(.errorDoesNotDecrease)
        }
        return found
    }
}
