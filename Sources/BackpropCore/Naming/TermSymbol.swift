/// The mathematical symbol of a term: a quantity (`net_h1`, `w_5^+`, `δ_o1`) or the partial
/// derivative of one quantity with respect to another (`∂E_total/∂w_5`).
public enum TermSymbol: Sendable, Hashable {
    /// A named quantity.
    case quantity(MathSymbol)
    /// ∂numerator/∂denominator.
    case partial(MathSymbol, MathSymbol)
}
