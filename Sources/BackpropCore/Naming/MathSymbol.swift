/// A variable's name as mathematics writes it: a base, a subscript and a superscript.
///
/// Renderers write it in each notation (LaTeX, MathML, Unicode, ASCII); ``TermNaming`` derives
/// the ASCII term names from it.
public struct MathSymbol: Sendable, Hashable {
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

    /// The letters a base names rather than spells: Greek letters, and Adam's m̂ and v̂, with
    /// their Unicode and LaTeX writings.
    public static let namedLetters: [String: (unicode: String, latex: String)] = [
        "delta": ("δ", "\\delta"), "eta": ("η", "\\eta"), "mu": ("μ", "\\mu"),
        "beta": ("β", "\\beta"), "epsilon": ("ε", "\\varepsilon"),
        "alpha": ("α", "\\alpha"), "lambda": ("λ", "\\lambda"),
        "mhat": ("m\u{0302}", "\\hat{m}"), "vhat": ("v\u{0302}", "\\hat{v}"),
        "Mhat": ("M\u{0302}", "\\hat{M}"), "Vhat": ("V\u{0302}", "\\hat{V}"),
        "sigma": ("σ", "\\sigma"),
    ]

    /// Whether the base is a letter written by name (a Greek letter, m̂ or v̂).
    public var isGreek: Bool { Self.namedLetters[base] != nil }

    /// The letter under the hat of m̂, v̂, M̂ or V̂; nil for any other base.
    public var hatted: String? {
        guard base.count == 4, base.hasSuffix("hat"), isGreek else { return nil }
        return String(base.prefix(1))
    }

    /// The same symbol with the superscript `+` of a value after the update.
    public var updated: MathSymbol { MathSymbol(base, subscript: subscriptText, superscript: "+") }
}
