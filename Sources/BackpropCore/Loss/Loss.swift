/// The loss a training step minimises: how far the outputs are from their targets.
///
/// Like ``Activation``, each case knows its value and its local derivative and nothing else: the
/// loss of one example is the sum of one share per output neuron, E = Σₒ Eₒ, and the engine takes
/// ∂E/∂outₒ from ``slope(target:output:outputs:)``. Both functions are total: a non-finite
/// argument gives a non-finite result, which the engine reports.
public enum Loss: String, Sendable, CaseIterable, Codable {
    /// Eₒ = ½(targetₒ − outₒ)², the reference walkthrough's choice.
    case halfSquared = "half-squared"

    /// Eₒ, output o's share of the loss, for a network with `outputs` output neurons.
    @inlinable
    public func value(target: Double, output: Double, outputs: Int) -> Double {
        switch self {
        case .halfSquared:
            let difference = target - output
            return 0.5 * difference * difference
        }
    }

    /// ∂E/∂outₒ: −(targetₒ − outₒ) for half squared error.
    @inlinable
    public func slope(target: Double, output: Double, outputs: Int) -> Double {
        switch self {
        case .halfSquared:
            return -(target - output)
        }
    }
}
