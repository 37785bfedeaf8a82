import Foundation

/// How a step turns a parameter's gradient into its change: plain gradient descent, momentum,
/// or Adam, each with PyTorch's conventions (`torch.optim.SGD`, `torch.optim.Adam`).
public enum Optimizer: Sendable, Equatable {
    /// p⁺ = p − η·g.
    case sgd
    /// v⁺ = μ·v + g, p⁺ = p − η·v⁺ (PyTorch's form; the other, v⁺ = μ·v − η·g, p⁺ = p + v⁺,
    /// gives the same steps only while η is constant). v starts at 0.
    case momentum(Double)
    /// m⁺ = β₁m + (1 − β₁)g, v⁺ = β₂v + (1 − β₂)g², m̂ = m⁺/(1 − β₁ᵗ), v̂ = v⁺/(1 − β₂ᵗ),
    /// p⁺ = p − η·m̂/(√v̂ + ε), with t the step's number from 1; m and v start at 0.
    case adam(beta1: Double, beta2: Double, epsilon: Double)

    /// PyTorch's default momentum factor is 0 (plain SGD); this is the usual choice.
    public static let defaultMomentum = 0.9
    /// PyTorch's defaults: β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
    public static let adam = Optimizer.adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8)

    /// Its name as the `--optimizer` flag takes it.
    public var name: String {
        switch self {
        case .sgd: return "sgd"
        case .momentum: return "momentum"
        case .adam: return "adam"
        }
    }

    /// How many numbers of state it keeps per parameter (0, 1 or 2).
    public var statesPerParameter: Int {
        switch self {
        case .sgd: return 0
        case .momentum: return 1
        case .adam: return 2
        }
    }

    /// The factors 1/(1 − β₁ᵗ) and 1/(1 − β₂ᵗ) of Adam's bias correction at step `t` (from 1);
    /// 1 and 1 for the others.
    public func biasCorrections(step t: Int) -> (first: Double, second: Double) {
        guard case let .adam(beta1, beta2, _) = self else { return (1, 1) }
        return (1 / (1 - Foundation.pow(beta1, Double(t))), 1 / (1 - Foundation.pow(beta2, Double(t))))
    }

    /// The parameter after one update from `gradient`, changing its optimizer state in place
    /// (`first` is v or m, `second` is Adam's v). `corrections` are ``biasCorrections(step:)``.
    @inlinable
    public func updated(
        _ parameter: Double, gradient: Double, learningRate: Double,
        first: inout Double, second: inout Double, corrections: (first: Double, second: Double)
    ) -> Double {
        switch self {
        case .sgd:
            return GradientDescent.updated(parameter, learningRate: learningRate, gradient: gradient)
        case let .momentum(mu):
            first = mu * first + gradient
            return parameter - learningRate * first
        case let .adam(beta1, beta2, epsilon):
            first = beta1 * first + (1 - beta1) * gradient
            second = beta2 * second + (1 - beta2) * gradient * gradient
            let mHat = first * corrections.first
            let vHat = second * corrections.second
            return parameter - learningRate * mHat / (vHat.squareRoot() + epsilon)
        }
    }
}
