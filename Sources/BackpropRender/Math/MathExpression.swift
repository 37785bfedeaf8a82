/// A formula as a tree, written out by one writer per notation (LaTeX, Unicode, MathML).
///
/// Built from the trace's formulas and names; holds already formatted numbers, never computes.
public indirect enum MathExpression: Sendable, Equatable {
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
}

/// A variable's name as mathematics writes it: a base, a subscript and a superscript.
public struct MathSymbol: Sendable, Equatable {
    /// The base letter or word; Greek letters by name (`delta`, `eta`).
    public let base: String
    /// The subscript, if any: `h1`, `5`, `total`.
    public let subscriptText: String?
    /// The superscript, if any: `+` for an updated value.
    public let superscript: String?

    /// A symbol.
    public init(_ base: String, subscript lowered: String? = nil, superscript: String? = nil) {
        self.base = base
        self.subscriptText = lowered
        self.superscript = superscript
    }

    /// Whether the base is a Greek letter written by name.
    public var isGreek: Bool { ["delta", "eta"].contains(base) }
}
