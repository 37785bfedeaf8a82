import Foundation

/// How a step turns a parameter's gradient into its change: plain gradient descent, momentum,
/// or Adam, each with PyTorch's conventions (`torch.optim.SGD`, `torch.optim.Adam`).
///
/// The arithmetic of each rule is written once, in the static functions below: the step
/// algorithm updates with them and ``Formula/evaluate(rounding:_:)`` recomputes a traced
/// update with them, so the two agree to the last bit.
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
    /// PyTorch's defaults for Adam: β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸.
    public static let defaultBeta1 = 0.9, defaultBeta2 = 0.999, defaultEpsilon = 1e-8
    /// Adam with PyTorch's defaults.
    public static let adam = Optimizer.adam(beta1: defaultBeta1, beta2: defaultBeta2, epsilon: defaultEpsilon)

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

    /// Momentum's velocity after a step: v⁺ = μ·v + g.
    @inlinable
    public static func velocity(momentum: Double, previous: Double, gradient: Double) -> Double {
        momentum * previous + gradient
    }

    /// Adam's first moment after a step: m⁺ = β₁·m + (1 − β₁)·g.
    @inlinable
    public static func firstMoment(beta1: Double, previous: Double, gradient: Double) -> Double {
        beta1 * previous + (1 - beta1) * gradient
    }

    /// Adam's second moment after a step: v⁺ = β₂·v + (1 − β₂)·g·g.
    @inlinable
    public static func secondMoment(beta2: Double, previous: Double, gradient: Double) -> Double {
        beta2 * previous + (1 - beta2) * gradient * gradient
    }

    /// 1 − βᵗ: how far a moment that starts at 0 falls short after step `t` (from 1).
    @inlinable
    public static func correction(beta: Double, step t: Int) -> Double {
        1 - Foundation.pow(beta, Double(t))
    }

    /// A moment corrected for its start at 0: m̂ = m⁺/(1 − βᵗ), the correction from
    /// ``correction(beta:step:)``.
    @inlinable
    public static func corrected(_ moment: Double, correction: Double) -> Double {
        moment / correction
    }

    /// Adam's update: p⁺ = p − η·m̂/(√v̂ + ε).
    @inlinable
    public static func adamUpdated(
        _ parameter: Double, learningRate: Double, firstMoment: Double, secondMoment: Double, epsilon: Double
    ) -> Double {
        parameter - learningRate * firstMoment / (secondMoment.squareRoot() + epsilon)
    }
}
