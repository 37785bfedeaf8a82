import BackpropCore

extension MathExpression {
    /// A term's symbol as an expression: the quantity, or ∂numerator/∂denominator.
    package init(_ symbol: TermSymbol) {
        switch symbol {
        case let .quantity(quantity): self = .symbol(quantity)
        case let .partial(numerator, denominator): self = .partial(numerator, denominator)
        case let .shifted(quantity, parameter, raised):
            let step = MathExpression.symbol(MathSymbol("h"))
            self = .applied(quantity, [raised ? .sum([.symbol(parameter), step]) : .difference(.symbol(parameter), step)])
        case let .differenceQuotient(numerator, denominator): self = .differenceQuotient(numerator, denominator)
        }
    }
}
