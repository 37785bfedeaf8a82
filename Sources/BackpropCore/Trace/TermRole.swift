/// What a term of the trace is, independent of which neuron or weight it belongs to.
public enum TermRole: String, Sendable, CaseIterable {
    case input, target, weight, bias, learningRate
    /// net_x.
    case netInput
    /// out_x.
    case output
    /// E_o.
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
}

/// The part of the walkthrough a term belongs to.
public enum TraceSection: Sendable, Equatable, Hashable {
    /// The network and the training example, before anything is computed.
    case given
    /// The forward pass through non-input layer `layer`.
    case forward(layer: Int)
    /// The output errors and their total.
    case error
    /// The backward pass through non-input layer `layer` (the output layer first).
    case backward(layer: Int)
}
