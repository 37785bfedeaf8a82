/// A reason a drawn network makes a poor exercise, found by reading its trace.
public enum Degeneracy: Sendable, Equatable {
    /// The neuron's output is outside ``ExerciseChecks/outputRange``: its slope out(1 − out)
    /// is so small that the gradients through it say little.
    case saturated(neuron: String)
    /// The output is already within ``ExerciseChecks/targetMargin`` of its target.
    case outputAtTarget(neuron: String)
    /// The weight's gradient is smaller than ``ExerciseChecks/smallestGradient``.
    case vanishingGradient(weight: String)
    /// The computed term rounds to zero at four decimals, so a student's value cannot show it.
    case roundsToZero(term: String)
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
        let network = trace.network
        for term in trace.terms where term.section != .given {
            switch term.role {
            case .output:
                let neuron = String(term.name.dropFirst("out_".count))
                if !outputRange.contains(term.value) { found.append(.saturated(neuron: neuron)) }
                if term.layer == network.layerCount - 1, let index = term.neuron,
                   abs(network.targets[index] - term.value) < targetMargin {
                    found.append(.outputAtTarget(neuron: neuron))
                }
            case .weightGradient:
                if abs(term.value) < smallestGradient {
                    found.append(.vanishingGradient(weight: String(term.name.dropFirst("dE_total/d".count))))
                }
            default:
                break
            }
            if abs(term.value) < zeroAtFourDecimals { found.append(.roundsToZero(term: term.name)) }
        }
        if let before = trace[TermName.totalError]?.value, trace.history[0].totalError >= before {
            found.append(.errorDoesNotDecrease)
        }
        return found
    }
}
