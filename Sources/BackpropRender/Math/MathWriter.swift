/// Writes a ``MathExpression`` in one notation.
package protocol MathWriter: Sendable {
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

    /// A later term of a sum that is better subtracted than added in parentheses: for a
    /// product led by a negative number (`−0.2·0.9`), the product with that number's sign
    /// dropped, so `a + (−0.2·0.9)` is written `a − 0.2·0.9`; nil for any other term.
    var subtractedInSum: MathExpression? {
        guard case let .product(factors) = self, factors.count > 1, case let .number(text)? = factors.first,
              text.hasPrefix("-")
        else { return nil }
        return .product([.number(String(text.dropFirst()))] + factors.dropFirst())
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
