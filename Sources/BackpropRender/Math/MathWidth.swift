import BackpropCore

/// A rough width of a formula set in display style, in tenths of an em of the body font.
///
/// Good enough to decide where a display equation must break (it errs on the wide side); it is
/// not a typesetter. Letters and digits count half an em, subscripts and superscripts about a
/// third, operators with their spacing about one em.
enum MathWidth {
    static func of(_ expression: MathExpression) -> Int {
        switch expression {
        case let .symbol(symbol): return of(symbol)
        case let .number(text): return 5 * text.count + (text.hasPrefix("-") ? 3 : 0)
        case let .partial(numerator, denominator):
            return max(of(numerator), of(denominator)) + 8
        case let .sum(terms):
            return terms.map(of).reduce(0, +) + 10 * (terms.count - 1)
                + terms.dropFirst().filter(\.needsParenthesesInSum).count * 8
        case let .difference(left, right):
            return of(left) + 10 + of(right) + (right.needsParenthesesAsOperand ? 8 : 0)
        case let .product(factors):
            return factors.map(of).reduce(0, +) + 7 * (factors.count - 1)
                + factors.filter(\.needsParenthesesAsOperand).count * 8
        case let .negation(inner): return 8 + of(inner)
        case let .parenthesized(inner): return 8 + of(inner)
        case let .fraction(numerator, denominator): return max(of(numerator), of(denominator)) + 4
        case let .power(base, exponent): return of(base) + (base.isAtomic ? 0 : 8) + of(exponent) * 3 / 4
        case let .exponential(exponent): return 5 + of(exponent) * 3 / 4
        case let .function(name, arguments):
            return 5 * name.count + 8 + arguments.map(of).reduce(0, +) + 4 * (arguments.count - 1)
        case .half: return 7
        case let .equation(parts): return parts.map(of).reduce(0, +) + 13 * (parts.count - 1)
        case let .text(words): return 5 * words.count
        case let .summation(_, body): return 14 + of(body)
        case let .applied(symbol, arguments):
            return of(symbol) + 8 + arguments.map(of).reduce(0, +) + 4 * max(0, arguments.count - 1)
        case let .differenceQuotient(numerator, denominator): return max(of(numerator), of(denominator)) + 10
        case let .matrix(rows):
            let columns = rows.map(\.count).max() ?? 0
            let widths = (0..<columns).map { column in
                rows.map { column < $0.count ? of($0[column]) : 0 }.max() ?? 0
            }
            return widths.reduce(0, +) + 10 * max(0, columns - 1) + 12
        case .dots: return 10
        case let .hadamard(factors):
            return factors.map(of).reduce(0, +) + 12 * (factors.count - 1)
                + factors.filter(\.needsParenthesesInHadamard).count * 8
        case let .transposed(inner): return of(inner) + (inner.isBareSymbol ? 5 : 13)
        case let .absolute(inner): return of(inner) + 6
        case let .squareRoot(inner): return of(inner) + 10
        }
    }

    static func of(_ symbol: MathSymbol) -> Int {
        var width = symbol.isGreek ? 6 : 5 * symbol.base.count
        width += 4 * (symbol.subscriptText?.count ?? 0)
        width += symbol.superscript == nil ? 0 : 6
        return width
    }
}
