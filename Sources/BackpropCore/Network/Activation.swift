import Foundation

/// The squashing function a layer applies to its net inputs.
///
/// Each case knows its own value and its own local derivative and nothing else; the chain rule
/// lives in the engine. The functions are total: they never trap, and a non-finite argument
/// gives a non-finite result that the engine reports.
///
/// Every activation but softmax acts on each neuron alone (``isElementwise``): out = f(net),
/// and ∂out/∂net is the only non-zero entry of the layer's Jacobian. Softmax acts on the whole
/// layer: outₖ = e^(netₖ) / Σⱼ e^(netⱼ), and ∂outₖ/∂netⱼ = outₖ(δₖⱼ − outⱼ) for every pair. The
/// step algorithm asks the layer for its outputs and slopes, so softmax is a case there.
public enum Activation: String, Sendable, CaseIterable, Codable {
    /// σ(net) = 1 / (1 + e^(−net)), the reference walkthrough's choice.
    case logistic
    /// tanh(net).
    case tanh
    /// max(0, net); its slope at exactly 0 is taken as 0.
    case relu
    /// The identity: out = net.
    case linear
    /// e^(netₖ) / Σⱼ e^(netⱼ) over the layer; allowed on the output layer only.
    case softmax

    /// Whether each neuron's output depends on its own net input only.
    public var isElementwise: Bool { self != .softmax }

    /// The neuron's output for a given net input (for softmax, use
    /// ``softmax(_:of:)`` with the whole layer).
    @inlinable
    public func value(_ net: Double) -> Double {
        switch self {
        case .logistic: return 1 / (1 + Foundation.exp(-net))
        case .tanh: return Foundation.tanh(net)
        case .relu: return net > 0 ? net : 0
        case .linear: return net
        case .softmax: return 1
        }
    }

    /// ∂out/∂net, written in terms of the output where the textbooks do so:
    /// out(1 − out) for logistic, 1 − out² for tanh (for softmax, the diagonal of its Jacobian).
    @inlinable
    public func slope(net: Double, output: Double) -> Double {
        switch self {
        case .logistic, .softmax: return output * (1 - output)
        case .tanh: return 1 - output * output
        case .relu: return net > 0 ? 1 : 0
        case .linear: return 1
        }
    }

    /// Softmax output `index` of a layer whose net inputs `nets` yields: shifted by the largest
    /// net input, which leaves the value unchanged and keeps e^net finite.
    @inlinable
    public static func softmax(_ index: Int, of nets: some Collection<Double>) -> Double {
        var largest = -Double.infinity
        for net in nets where net > largest { largest = net }
        var sum = 0.0
        var numerator = 0.0
        for (position, net) in nets.enumerated() {
            let power = Foundation.exp(net - largest)
            sum += power
            if position == index { numerator = power }
        }
        return numerator / sum
    }

    /// Every softmax output of a layer at once, with the same operations as ``softmax(_:of:)``
    /// (so each is the same double), in time linear in the layer.
    @inlinable
    public static func softmaxLayer(
        _ nets: UnsafeBufferPointer<Double>, into outputs: UnsafeMutableBufferPointer<Double>
    ) {
        var largest = -Double.infinity
        for net in nets where net > largest { largest = net }
        var sum = 0.0
        for net in nets { sum += Foundation.exp(net - largest) }
        for (index, net) in nets.enumerated() { outputs[index] = Foundation.exp(net - largest) / sum }
    }

    /// ∂outₖ/∂netⱼ of softmax: outₖ(δₖⱼ − outⱼ), with `same` telling whether k = j.
    @inlinable
    public static func softmaxSlope(output: Double, other: Double, same: Bool) -> Double {
        output * ((same ? 1 : 0) - other)
    }
}
