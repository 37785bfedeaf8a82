/// Writes mathematics as readable Unicode text: `∂E_total/∂w5`, `δ_o1`, `out_h1(1 − out_h1)`.
public struct UnicodeMathWriter: MathWriter {
    /// A writer.
    public init() {}

    public func write(_ expression: MathExpression) -> String {
        switch expression {
        case let .symbol(symbol): return write(symbol)
        case let .number(text): return text.hasPrefix("-") ? "−" + text.dropFirst() : text
        case let .partial(numerator, denominator):
            return "∂\(write(numerator))/∂\(write(denominator))"
        case let .sum(terms):
            return terms.enumerated().map { index, term in
                index > 0 && term.needsParenthesesInSum ? "(\(write(term)))" : write(term)
            }.joined(separator: " + ")
        case let .difference(left, right):
            let rightText = right.needsParenthesesAsOperand ? "(\(write(right)))" : write(right)
            return "\(write(left)) − \(rightText)"
        case let .product(factors):
            return factors.enumerated().map { index, factor in
                if factor.needsParenthesesAsOperand, !(index == 0 && factor.isNegativeNumber) {
                    if case .parenthesized = factor { return write(factor) }
                    return "(\(write(factor)))"
                }
                return write(factor)
            }.joined(separator: factors.contains(where: \.isTall) ? " · " : "·")
        case let .negation(inner):
            return inner.needsParenthesesAsOperand ? "−(\(write(inner)))" : "−" + write(inner)
        case let .parenthesized(inner):
            return "(\(write(inner)))"
        case let .fraction(numerator, denominator):
            let top = numerator.isAtomic ? write(numerator) : "(\(write(numerator)))"
            let bottom = denominator.isAtomic ? write(denominator) : "(\(write(denominator)))"
            return "\(top)/\(bottom)"
        case let .power(base, exponent):
            let baseText = base.isAtomic ? write(base) : "(\(write(base)))"
            if case .number("2") = exponent { return baseText + "²" }
            return "\(baseText)^\(exponent.isAtomic ? write(exponent) : "(\(write(exponent)))")"
        case let .exponential(exponent):
            return "e^(\(write(exponent)))"
        case let .function(name, arguments):
            return "\(name)(\(arguments.map(write).joined(separator: ", ")))"
        case .half:
            return "½"
        case let .equation(parts):
            return parts.map(write).joined(separator: " = ")
        case let .text(words):
            return words
        case let .summation(index, body):
            return "Σ_\(index) \(write(body))"
        }
    }

    /// `w5`, `w5⁺`, `δ_o1`, `net_h1`, `E_total`, `η`.
    public func write(_ symbol: MathSymbol) -> String {
        let base: String = switch symbol.base {
        case "delta": "δ"
        case "eta": "η"
        case "sigma": "σ"
        default: symbol.base
        }
        var text = base
        if let lowered = symbol.subscriptText {
            let compact = base.count == 1 && lowered.allSatisfy(\.isNumber) && !symbol.isGreek
            text += compact ? lowered : "_" + lowered
        }
        if symbol.superscript == "+" { text += "⁺" } else if let superscript = symbol.superscript {
            text += "^" + superscript
        }
        return text
    }
}

extension MathExpression {
    /// Whether the expression is a fraction-like thing that reads better with spaced operators.
    var isTall: Bool {
        switch self {
        case .partial, .fraction: return true
        default: return false
        }
    }
}
