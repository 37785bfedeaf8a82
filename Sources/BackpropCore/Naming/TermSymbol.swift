/// The mathematical symbol of a term: a quantity (`net_h1`, `w_5^+`, `δ_o1`), the partial
/// derivative of one quantity with respect to another (`∂E_total/∂w_5`), or one of a gradient
/// check's finite differences (`E_total(w5 + h)`, `ΔE_total/Δw5`).
public enum TermSymbol: Sendable, Hashable {
    /// A named quantity.
    case quantity(MathSymbol)
    /// ∂numerator/∂denominator.
    case partial(MathSymbol, MathSymbol)
    /// A quantity computed again with one parameter moved by the step h: E_total(w5 + h), or
    /// E_total(w5 − h) when not `raised`.
    case shifted(MathSymbol, parameter: MathSymbol, raised: Bool)
    /// The difference quotient Δnumerator/Δdenominator: a finite-difference estimate of
    /// ∂numerator/∂denominator.
    case differenceQuotient(MathSymbol, MathSymbol)
}
