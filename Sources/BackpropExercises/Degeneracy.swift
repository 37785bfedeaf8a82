import BackpropCore

/// A reason a drawn network makes a poor exercise, found by reading its trace.
package enum Degeneracy: Sendable, Equatable {
    /// The neuron's output is outside ``ExerciseChecks/outputRange(of:)`` for its activation:
    /// its slope is so small that the gradients through it say little. The term is its output.
    case saturated(TermID)
    /// A relu neuron's net input is not positive for any example of the step, so its output and
    /// its slope are 0 and nothing flows back through it. The term is its (first example's) output.
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
package enum ExerciseChecks {
    /// Every logistic neuron's output must lie in this range (slope out(1 − out) ≥ 0.09).
    package static let outputRange = 0.1...0.9
    /// Every tanh neuron's output must lie in this range (slope 1 − out² ≥ 0.19).
    package static let tanhOutputRange = -0.9...0.9
    /// Every softmax output must lie in this range: no class all but certain, none so unlikely
    /// that its terms vanish.
    package static let softmaxOutputRange = 0.01...0.9
    /// Every output must be at least this far from its target.
    package static let targetMargin = 0.05
    /// Every weight gradient must be at least this large in magnitude.
    package static let smallestGradient = 0.0001
    /// A computed term smaller in magnitude than this rounds to zero at four decimals.
    package static let zeroAtFourDecimals = 0.00005

    /// The outputs a neuron of `activation` may have, or nil when any will do (relu, whose dead
    /// neurons are found apart, and linear, whose slope is always 1).
    package static func outputRange(of activation: Activation) -> ClosedRange<Double>? {
        switch activation {
        case .logistic: return outputRange
        case .tanh: return tanhOutputRange
        case .softmax: return softmaxOutputRange
        case .relu, .linear: return nil
        }
    }

    /// Every problem of the trace's network as an exercise, in trace order (dead neurons after
    /// the terms, by layer and neuron); empty for a good one.
    ///
    /// In a batch of several examples, one example's output near its target or one example's
    /// small gradient is no fault (that example teaches less, the batch still learns): the
    /// margin and the smallest gradient apply to a single example's step and to the batch's
    /// gradients; saturation and values that round to zero apply to every example, and a relu
    /// neuron is dead when it is off for every example.
    ///
    /// A term that is exactly 0 is not flagged as rounding to zero: a student writes 0 (a
    /// cross-entropy's share of an output whose target is 0 is such a term); a dead neuron or a
    /// gradient of 0 is flagged by its own check. Nor is the gradient of a softmax layer's
    /// shared bias, which is 0 in exact arithmetic (softmax is unchanged when all its net inputs
    /// shift alike, so Σₒ δₒ = 0) and only rounding noise in a trace.
    package static func degeneracies(of trace: Trace) -> [Degeneracy] {
        var found: [Degeneracy] = []
        let activations = trace.setup.network.activations
        // A relu neuron is dead when it is off for every example: (layer, neuron) → first output.
        var dead: [TermID: TermID] = [:]
        var alive: Set<TermID> = []
        for term in trace.terms where term.section != .given {
            switch term.kind {
            case .output:
                let activation = activations[term.layer - 1]
                if let range = outputRange(of: activation), !range.contains(term.value) {
                    found.append(.saturated(term.id))
                }
                if activation == .relu {
                    let neuron = TermID(.output, layer: term.layer, neuron: term.neuron)
                    if term.value > 0 { alive.insert(neuron) } else if dead[neuron] == nil { dead[neuron] = term.id }
                }
                if term.layer == trace.outputLayer, term.id.example == nil, let index = term.neuron,
                   abs(trace.setup.targets[index] - term.value) < targetMargin {
                    found.append(.outputAtTarget(term.id))
                }
            case .weightGradient where term.id.example == nil:
                if abs(term.value) < smallestGradient { found.append(.vanishingGradient(term.id)) }
            case .biasGradient where isZeroByNature(term, activations):
                continue
            case .biasGradient where term.id.example == nil && trace.options.updateBiases:
                if abs(term.value) < smallestGradient { found.append(.vanishingGradient(term.id)) }
            default:
                break
            }
            if term.value != 0, abs(term.value) < zeroAtFourDecimals { found.append(.roundsToZero(term.id)) }
        }
        let deadNeurons = dead.filter { !alive.contains($0.key) }.values
        found += deadNeurons.sorted { ($0.layer, $0.neuron ?? 0) < ($1.layer, $1.neuron ?? 0) }
            .map(Degeneracy.deadNeuron)
        if let before = trace[.totalError(layer: trace.outputLayer)]?.value,
           trace.history[0].totalError >= before {
            found.append(.errorDoesNotDecrease)
        }
        return found
    }

    /// Whether the term is a softmax layer's shared-bias gradient, 0 whatever the values.
    private static func isZeroByNature(_ term: Term, _ activations: [Activation]) -> Bool {
        term.kind == .biasGradient && term.neuron == nil && activations[term.layer - 1] == .softmax
    }
}
