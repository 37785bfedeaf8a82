import Foundation

/// A formula in an operation's operands and its own value: how the node is computed and what
/// its local derivatives are. Evaluated by the engine; written out as notation by renderers.
public indirect enum OperationFormula: Sendable, Equatable {
    /// The operand at this position.
    case operand(Int)
    /// The node's own value (micrograd's `out.data`): tanh′ = 1 − result².
    case result
    /// A fixed number.
    case constant(Double)
    /// a + b + ….
    case sum([OperationFormula])
    /// a − b.
    case difference(OperationFormula, OperationFormula)
    /// a · b · ….
    case product([OperationFormula])
    /// a / b.
    case quotient(OperationFormula, OperationFormula)
    /// −a.
    case negation(OperationFormula)
    /// a to a fixed power.
    case power(OperationFormula, Double)
    /// A function applied to a formula.
    case function(MathFunction, OperationFormula)
    /// 1 where the formula is above zero, else 0: ReLU's slope, micrograd's `(out.data > 0)`.
    case step(OperationFormula)

    /// The formula's value for these operand values and the node's value `result`.
    public func evaluate(_ operands: [Double], result: Double) -> Double {
        switch self {
        case let .operand(index): return operands[index]
        case .result: return result
        case let .constant(value): return value
        case let .sum(terms):
            var total = terms[0].evaluate(operands, result: result)
            for term in terms.dropFirst() { total += term.evaluate(operands, result: result) }
            return total
        case let .difference(left, right):
            return left.evaluate(operands, result: result) - right.evaluate(operands, result: result)
        case let .product(factors):
            var total = factors[0].evaluate(operands, result: result)
            for factor in factors.dropFirst() { total *= factor.evaluate(operands, result: result) }
            return total
        case let .quotient(numerator, denominator):
            return numerator.evaluate(operands, result: result) / denominator.evaluate(operands, result: result)
        case let .negation(inner):
            return -inner.evaluate(operands, result: result)
        case let .power(base, exponent):
            let value = base.evaluate(operands, result: result)
            // x·x is what a hand calculation and the dense engine do for a square.
            if exponent == 2 { return value * value }
            if exponent == 1 { return value }
            return Foundation.pow(value, exponent)
        case let .function(function, argument):
            return function.apply(argument.evaluate(operands, result: result))
        case let .step(argument):
            return argument.evaluate(operands, result: result) > 0 ? 1 : 0
        }
    }
}
