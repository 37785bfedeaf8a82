/// Writes mathematics in plain ASCII with the canonical term names: `w1*i1 + w2*i2 + b1*1`,
/// `-(target_o1 - out_o1)`, `1/(1 + exp(-net_h1))`. Used by the JSON trace.
public struct ASCIIMathWriter: MathWriter {
    /// A writer.
    public init() {}

    public func write(_ expression: MathExpression) -> String {
        switch expression {
        case let .symbol(symbol): return write(symbol)
        case let .number(text): return text
        case let .partial(numerator, denominator):
            return "d\(write(numerator))/d\(write(denominator))"
        case let .sum(terms):
            return terms.enumerated().map { index, term in
                index > 0 && term.needsParenthesesInSum ? "(\(write(term)))" : write(term)
            }.joined(separator: " + ")
        case let .difference(left, right):
            let rightText = right.needsParenthesesAsOperand ? "(\(write(right)))" : write(right)
            return "\(write(left)) - \(rightText)"
        case let .product(factors):
            return factors.enumerated().map { index, factor in
                if factor.needsParenthesesAsOperand, !(index == 0 && factor.isNegativeNumber) {
                    if case .parenthesized = factor { return write(factor) }
                    return "(\(write(factor)))"
                }
                return write(factor)
            }.joined(separator: factors.contains(where: \.isTall) ? " * " : "*")
        case let .negation(inner):
            return inner.needsParenthesesAsOperand ? "-(\(write(inner)))" : "-" + write(inner)
        case let .parenthesized(inner):
            return "(\(write(inner)))"
        case let .fraction(numerator, denominator):
            let top = numerator.isAtomic ? write(numerator) : "(\(write(numerator)))"
            let bottom = denominator.isAtomic ? write(denominator) : "(\(write(denominator)))"
            return "\(top)/\(bottom)"
        case let .power(base, exponent):
            let baseText = base.isAtomic ? write(base) : "(\(write(base)))"
            return "\(baseText)^\(exponent.isAtomic ? write(exponent) : "(\(write(exponent)))")"
        case let .exponential(exponent):
            return "exp(\(write(exponent)))"
        case let .function(name, arguments):
            return "\(name)(\(arguments.map(write).joined(separator: ", ")))"
        case .half:
            return "1/2"
        case let .equation(parts):
            return parts.map(write).joined(separator: " = ")
        case let .text(words):
            return words
        case let .summation(index, body):
            return "sum_\(index) \(write(body))"
        }
    }

    /// The canonical ASCII name of a symbol: `w5`, `w5+`, `delta_o1`, `net_h1`, `eta`.
    public func write(_ symbol: MathSymbol) -> String {
        var text = symbol.base
        if let lowered = symbol.subscriptText {
            let compact = symbol.base.count == 1 && lowered.allSatisfy(\.isNumber)
            text += compact ? lowered : "_" + lowered
        }
        if let superscript = symbol.superscript { text += superscript }
        return text
    }
}
