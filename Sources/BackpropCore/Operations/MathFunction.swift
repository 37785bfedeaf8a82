import Foundation

/// The functions an expression may apply, each computed by one function shared with the dense
/// engine where it has the same one (the logistic function, tanh, ReLU).
public enum MathFunction: String, Sendable, CaseIterable {
    case exp, log, tanh, sigmoid, relu, sin, cos, sqrt

    /// The function's value at `x`.
    public func apply(_ x: Double) -> Double {
        switch self {
        case .exp: return Foundation.exp(x)
        case .log: return Foundation.log(x)
        case .tanh: return Activation.tanh.value(x)
        case .sigmoid: return Activation.logistic.value(x)
        case .relu: return Activation.relu.value(x)
        case .sin: return Foundation.sin(x)
        case .cos: return Foundation.cos(x)
        case .sqrt: return x.squareRoot()
        }
    }
}

extension MathFunction {
    /// The operation that applies the function to one operand.
    public var operation: any Operation {
        switch self {
        case .exp: return Exponential()
        case .log: return Logarithm()
        case .tanh: return HyperbolicTangent()
        case .sigmoid: return Sigmoid()
        case .relu: return ReLU()
        case .sin: return Sine()
        case .cos: return Cosine()
        case .sqrt: return SquareRoot()
        }
    }
}
