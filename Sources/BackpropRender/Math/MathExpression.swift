import BackpropCore

/// A formula as a tree, written out by one writer per notation (LaTeX, Unicode, MathML).
///
/// Built from the trace's formulas and names; holds already formatted numbers, never computes.
package indirect enum MathExpression: Sendable, Equatable {
    /// A named quantity: `net_{h1}`, `w_5^{+}`, `\delta_{o1}`.
    case symbol(MathSymbol)
    /// A number, already formatted.
    case number(String)
    /// ∂a/∂b.
    case partial(MathSymbol, MathSymbol)
    /// a + b + c.
    case sum([MathExpression])
    /// a − b.
    case difference(MathExpression, MathExpression)
    /// a · b · c.
    case product([MathExpression])
    /// −a.
    case negation(MathExpression)
    /// (a).
    case parenthesized(MathExpression)
    /// a / b, written as a fraction where the notation has them.
    case fraction(MathExpression, MathExpression)
    /// a², or a to any power.
    case power(MathExpression, MathExpression)
    /// e to the power a.
    case exponential(MathExpression)
    /// f(a, …): `tanh`, `max`.
    case function(String, [MathExpression])
    /// ½.
    case half
    /// a = b = c: a chain of equal expressions.
    case equation([MathExpression])
    /// Plain words inside a formula: "if", "otherwise".
    case text(String)
    /// Σ over a set, written with a subscript: Σ_o.
    case summation(over: String, MathExpression)
    /// A named function applied to arguments: E_total(w5 + h), f′(z²).
    case applied(MathSymbol, [MathExpression])
    /// Δa/Δb: a difference quotient.
    case differenceQuotient(MathSymbol, MathSymbol)
    /// A matrix (a vector is a matrix of one column), row by row; elided entries are ``dots``.
    case matrix([[MathExpression]])
    /// Entries left out of a matrix: ⋯, ⋮ or ⋱.
    case dots(Dots)
    /// a ⊙ b: the elementwise (Hadamard) product.
    case hadamard([MathExpression])
    /// aᵀ.
    case transposed(MathExpression)
    /// |a|.
    case absolute(MathExpression)
    /// √x.
    case squareRoot(MathExpression)

    /// Which way elided matrix entries run.
    package enum Dots: Sendable, Equatable {
        case horizontal, vertical, diagonal
    }
}
