import BackpropCore

/// How a formula is written: the symbols and operators of one kind of output.
public enum Notation: Sendable {
    /// Plain ASCII, the way the canonical names are written: `w1*i1 + w2*i2 + b1*1`.
    case ascii
}

/// Writes a term's formula symbolically, from the names of its operands.
///
/// Reads the trace only; it never evaluates anything.
public struct FormulaWriter: Sendable {
    /// The trace whose terms the formulas refer to.
    public let trace: Trace
    /// The notation to write in.
    public let notation: Notation

    /// A writer for `trace`'s formulas.
    public init(trace: Trace, notation: Notation) {
        self.trace = trace
        self.notation = notation
    }

    /// The formula of `term`, written with its operands' names: for `net_h1`,
    /// `w1*i1 + w2*i2 + b1*1`.
    public func symbolic(_ term: Term) -> String {
        write(term.formula) { trace.terms[$0].name }
    }

    func write(_ formula: Formula, operand: (Int) -> String) -> String {
        switch formula {
        case .given:
            return "given"
        case let .weightedSum(weights, inputs, bias):
            let products = zip(weights, inputs).map { "\(operand($0))*\(operand($1))" }
            return (products + ["\(operand(bias))*1"]).joined(separator: " + ")
        case let .activation(activation, net):
            let x = operand(net)
            switch activation {
            case .logistic: return "1/(1 + exp(-\(x)))"
            case .tanh: return "tanh(\(x))"
            case .relu: return "max(0, \(x))"
            case .linear: return x
            }
        case let .halfSquaredError(target, output):
            return "1/2*(\(operand(target)) - \(operand(output)))^2"
        case let .sum(terms):
            return terms.map(operand).joined(separator: " + ")
        case let .product(terms):
            return terms.map(operand).joined(separator: " * ")
        case let .errorSlope(target, output):
            return "-(\(operand(target)) - \(operand(output)))"
        case let .activationSlope(activation, net, output):
            switch activation {
            case .logistic: return "\(operand(output))*(1 - \(operand(output)))"
            case .tanh: return "1 - \(operand(output))^2"
            case .relu: return "(\(operand(net)) > 0 ? 1 : 0)"
            case .linear: return "1"
            }
        case let .equal(term):
            return operand(term)
        case let .biasGradient(deltas):
            return deltas.map { "\(operand($0))*1" }.joined(separator: " + ")
        case let .update(parameter, learningRate, gradient):
            return "\(operand(parameter)) - \(operand(learningRate))*\(operand(gradient))"
        }
    }
}
