/// Writes a ``MathExpression`` in one notation.
public protocol MathWriter: Sendable {
    /// The expression as text in this notation.
    func write(_ expression: MathExpression) -> String
}

extension MathExpression {
    /// Whether this expression, as a factor or the right side of a difference, needs
    /// parentheses: sums, differences, and negative numbers.
    var needsParenthesesAsOperand: Bool {
        switch self {
        case .sum, .difference, .negation: return true
        case let .number(text): return text.hasPrefix("-")
        case let .product(factors): return factors.first?.needsParenthesesAsOperand ?? false
        default: return false
        }
    }

    /// Whether this expression, as a term of a sum after the first, needs parentheses.
    var needsParenthesesInSum: Bool {
        switch self {
        case .negation: return true
        case let .number(text): return text.hasPrefix("-")
        case let .product(factors): return factors.first?.needsParenthesesInSum ?? false
        default: return false
        }
    }
}
