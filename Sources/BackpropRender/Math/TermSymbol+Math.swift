import BackpropCore

extension MathExpression {
    /// A term's symbol as an expression: the quantity, or ∂numerator/∂denominator.
    public init(_ symbol: TermSymbol) {
        switch symbol {
        case let .quantity(quantity): self = .symbol(quantity)
        case let .partial(numerator, denominator): self = .partial(numerator, denominator)
        }
    }
}
