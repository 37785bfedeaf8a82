import Foundation

/// The squashing function a layer applies to its net inputs.
///
/// Each case knows its own value and its own local derivative and nothing else; the chain rule
/// lives in the engine. Both functions are total: they never trap, and a non-finite argument
/// gives a non-finite result that the engine reports.
///
/// Every activation so far acts on each neuron alone: out = f(net), and ∂out/∂net is the only
/// non-zero entry of the layer's Jacobian. The step algorithm computes a layer's outputs and
/// slopes layer by layer, so an activation of the whole layer (softmax) is a new case there
/// rather than a new shape of the step.
public enum Activation: String, Sendable, CaseIterable, Codable {
    /// σ(net) = 1 / (1 + e^(−net)), the reference walkthrough's choice.
    case logistic
    /// tanh(net).
    case tanh
    /// max(0, net); its slope at exactly 0 is taken as 0.
    case relu
    /// The identity: out = net.
    case linear

    /// The neuron's output for a given net input.
    @inlinable
    public func value(_ net: Double) -> Double {
        switch self {
        case .logistic: return 1 / (1 + Foundation.exp(-net))
        case .tanh: return Foundation.tanh(net)
        case .relu: return net > 0 ? net : 0
        case .linear: return net
        }
    }

    /// ∂out/∂net, written in terms of the output where the textbooks do so:
    /// out(1 − out) for logistic, 1 − out² for tanh.
    @inlinable
    public func slope(net: Double, output: Double) -> Double {
        switch self {
        case .logistic: return output * (1 - output)
        case .tanh: return 1 - output * output
        case .relu: return net > 0 ? 1 : 0
        case .linear: return 1
        }
    }
}
