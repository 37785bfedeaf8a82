import Foundation

/// The loss a training step minimises: how far the outputs are from their targets.
///
/// Like ``Activation``, each case knows its value and its local derivative and nothing else: the
/// loss of one example is the sum of one share per output neuron, E = Σₒ Eₒ, and the engine takes
/// ∂E/∂outₒ from ``slope(target:output:outputs:)``. Both functions are total: a non-finite
/// argument (or ln 0) gives a non-finite result, which the engine reports by the term's name.
public enum Loss: String, Sendable, CaseIterable, Codable {
    /// Eₒ = ½(targetₒ − outₒ)², the reference walkthrough's choice.
    case halfSquared = "half-squared"
    /// Eₒ = (targetₒ − outₒ)²: no ½, so every gradient is twice the half squared error's.
    case squared
    /// Eₒ = (targetₒ − outₒ)² / n over the n outputs: PyTorch's `MSELoss()`.
    case meanSquared = "mean-squared"
    /// Eₒ = −targetₒ · ln outₒ, for a softmax output layer: PyTorch's `CrossEntropyLoss` on
    /// the logits (the net inputs of the softmax layer).
    case crossEntropy = "cross-entropy"
    /// Eₒ = −[targetₒ · ln outₒ + (1 − targetₒ) · ln(1 − outₒ)], for logistic outputs:
    /// PyTorch's `BCELoss` with `reduction='sum'` over the outputs.
    case binaryCrossEntropy = "binary-cross-entropy"

    /// Eₒ, output o's share of one example's loss, for a network with `outputs` output neurons.
    /// A zero target contributes nothing to a cross-entropy, even at an output of 0 or 1.
    @inlinable
    public func value(target: Double, output: Double, outputs: Int) -> Double {
        switch self {
        case .halfSquared:
            let difference = target - output
            return 0.5 * difference * difference
        case .squared:
            let difference = target - output
            return difference * difference
        case .meanSquared:
            let difference = target - output
            return difference * difference / Double(outputs)
        case .crossEntropy:
            return target == 0 ? 0 : -(target * Foundation.log(output))
        case .binaryCrossEntropy:
            let positive = target == 0 ? 0 : target * Foundation.log(output)
            let negative = target == 1 ? 0 : (1 - target) * Foundation.log(1 - output)
            return -(positive + negative)
        }
    }

    /// ∂Eₒ/∂outₒ.
    @inlinable
    public func slope(target: Double, output: Double, outputs: Int) -> Double {
        switch self {
        case .halfSquared:
            return -(target - output)
        case .squared:
            return -2 * (target - output)
        case .meanSquared:
            return -2 * (target - output) / Double(outputs)
        case .crossEntropy:
            return -(target / output)
        case .binaryCrossEntropy:
            return (output - target) / (output * (1 - output))
        }
    }

    /// The output activation the loss needs, if it needs one: softmax for cross-entropy (its
    /// outputs are probabilities that sum to 1), logistic for binary cross-entropy (each output
    /// a probability).
    public var requiredOutputActivation: Activation? {
        switch self {
        case .halfSquared, .squared, .meanSquared: return nil
        case .crossEntropy: return .softmax
        case .binaryCrossEntropy: return .logistic
        }
    }

    /// Whether targets must lie in [0, 1]: probabilities, for the cross-entropies.
    public var needsProbabilityTargets: Bool { requiredOutputActivation != nil }

    /// Whether, with its required output activation, δ = out − target: the simplification the
    /// walkthrough shows both ways.
    public var simplifiesWithItsActivation: Bool { requiredOutputActivation != nil }
}
