import BackpropCore

/// A reason a drawn network makes a poor exercise, found by reading its trace.
public enum Degeneracy: Sendable, Equatable {
    /// The neuron's output is outside ``ExerciseChecks/outputRange(of:)`` for its activation:
    /// its slope is so small that the gradients through it say little. The term is its output.
    case saturated(TermID)
    /// A relu neuron's net input is not positive, so its output and its slope are 0 and nothing
    /// flows back through it. The term is its output.
    case deadNeuron(TermID)
    /// The output (this term) is already within ``ExerciseChecks/targetMargin`` of its target.
    case outputAtTarget(TermID)
    /// The weight gradient (or, when biases learn, bias gradient) is smaller than
    /// ``ExerciseChecks/smallestGradient``.
    case vanishingGradient(TermID)
    /// The computed term is not 0 but rounds to zero at four decimals, so a student's value
    /// cannot show it.
    case roundsToZero(TermID)
    /// The step does not lower the total error.
    case errorDoesNotDecrease
}

/// The checks a generated exercise must pass. They read the trace; they compute nothing new.
public enum ExerciseChecks {
    /// Every logistic neuron's output must lie in this range (slope out(1 − out) ≥ 0.09).
    public static let outputRange = 0.1...0.9
    /// Every tanh neuron's output must lie in this range (slope 1 − out² ≥ 0.19).
    public static let tanhOutputRange = -0.9...0.9
    /// Every softmax output must lie in this range: no class all but certain, none so unlikely
    /// that its terms vanish.
    public static let softmaxOutputRange = 0.01...0.9
    /// Every output must be at least this far from its target.
    public static let targetMargin = 0.05
    /// Every weight gradient must be at least this large in magnitude.
    public static let smallestGradient = 0.0001
    /// A computed term smaller in magnitude than this rounds to zero at four decimals.
    public static let zeroAtFourDecimals = 0.00005

    /// The outputs a neuron of `activation` may have, or nil when any will do (relu, whose dead
    /// neurons are found apart, and linear, whose slope is always 1).
    public static func outputRange(of activation: Activation) -> ClosedRange<Double>? {
        switch activation {
        case .logistic: return outputRange
        case .tanh: return tanhOutputRange
        case .softmax: return softmaxOutputRange
        case .relu, .linear: return nil
        }
    }

    /// Every problem of the trace's network as an exercise, in trace order; empty for a good one.
    ///
    /// A term that is exactly 0 is not flagged as rounding to zero: a student writes 0 (a
    /// cross-entropy's share of an output whose target is 0 is such a term); a dead neuron or a
    /// gradient of 0 is flagged by its own check.
    public static func degeneracies(of trace: Trace) -> [Degeneracy] {
        var found: [Degeneracy] = []
        let activations = trace.setup.network.activations
        for term in trace.terms where term.section != .given {
            switch term.kind {
            case .output:
                let activation = activations[term.layer - 1]
                if let range = outputRange(of: activation), !range.contains(term.value) {
                    found.append(.saturated(term.id))
                }
                if activation == .relu, term.value <= 0 { found.append(.deadNeuron(term.id)) }
                if term.layer == trace.outputLayer, let index = term.neuron,
                   abs(trace.setup.examples[term.id.example ?? 0].targets[index] - term.value) < targetMargin {
                    found.append(.outputAtTarget(term.id))
                }
            case .weightGradient:
                if abs(term.value) < smallestGradient { found.append(.vanishingGradient(term.id)) }
            case .biasGradient where trace.options.updateBiases:
                if abs(term.value) < smallestGradient { found.append(.vanishingGradient(term.id)) }
            default:
                break
            }
            if term.value != 0, abs(term.value) < zeroAtFourDecimals { found.append(.roundsToZero(term.id)) }
        }
        if let before = trace[.totalError(layer: trace.outputLayer)]?.value,
           trace.history[0].totalError >= before {
            found.append(.errorDoesNotDecrease)
        }
        return found
    }
}
