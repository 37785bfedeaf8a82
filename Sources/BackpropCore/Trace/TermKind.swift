/// What a term of the trace is, independent of which neuron, weight or example it is about.
///
/// The raw values are the `"role"` of a term in the JSON trace.
public enum TermKind: String, Sendable, CaseIterable {
    case input, target, weight, bias, learningRate
    /// net_x.
    case netInput
    /// out_x.
    case output
    /// E_o: one output's share of the loss.
    case outputError
    /// E_total.
    case totalError
    /// ∂E_total/∂out_o for an output neuron.
    case errorSlope
    /// ∂out_x/∂net_x.
    case activationSlope
    /// δ_x = ∂E_total/∂net_x.
    case delta
    /// ∂net_x/∂w: the input the weight multiplies.
    case netSlope
    /// ∂E_total/∂w.
    case weightGradient
    /// w⁺.
    case updatedWeight
    /// ∂E_o/∂net_o, the delta of a neuron of the layer above, seen from a hidden neuron.
    case deltaShare
    /// ∂net_o/∂out_h: the weight from h into o.
    case netSlopeOfOutput
    /// ∂E_o/∂out_h: what flows back to h through o.
    case contribution
    /// ∂E_total/∂out_h for a hidden neuron: the sum of its contributions.
    case hiddenErrorSlope
    /// ∂E_total/∂b.
    case biasGradient
    /// b⁺.
    case updatedBias
    /// E_total with one parameter raised by the finite-difference step h: E_total(w5+h).
    case raisedError
    /// E_total with one parameter lowered by h: E_total(w5-h).
    case loweredError
    /// The central difference (E_total(p+h) − E_total(p−h)) / 2h, which estimates ∂E_total/∂p.
    case differenceQuotient
    /// Momentum's μ.
    case momentum
    /// Adam's β₁, β₂ and ε.
    case beta1, beta2, adamEpsilon
    /// RMSprop's smoothing constant α and its ε.
    case alpha, rmspropEpsilon
    /// The L2 weight decay λ.
    case weightDecay
    /// A parameter's gradient with weight decay: g = ∂E_total/∂p + λ·p, what the optimizer uses.
    case decayedGradient
    /// Nesterov's direction of a parameter's step: d = g + μ·v⁺.
    case nesterovDirection
    /// Momentum's velocity of a parameter as the step finds it (v, a given), and after the step
    /// (v⁺ = μ·v + ∂E_total/∂p).
    case velocity, updatedVelocity
    /// Adam's first moment of a parameter as the step finds it (m), and after it (m⁺).
    case firstMoment, updatedFirstMoment
    /// Adam's second moment of a parameter as the step finds it (v), and after it (v⁺); also
    /// RMSprop's average of squared gradients, the same moving average.
    case secondMoment, updatedSecondMoment
    /// Adam's moments after the step, corrected for their start at 0: m̂ and v̂.
    case correctedFirstMoment, correctedSecondMoment

    /// The kinds of an optimizer's state and the optimizer's other values about one parameter
    /// (its gradient with weight decay, Nesterov's direction).
    public var isOptimizerState: Bool {
        switch self {
        case .velocity, .updatedVelocity, .firstMoment, .updatedFirstMoment, .secondMoment,
             .updatedSecondMoment, .correctedFirstMoment, .correctedSecondMoment, .decayedGradient,
             .nesterovDirection:
            return true
        default:
            return false
        }
    }
}
