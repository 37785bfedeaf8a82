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

    /// Whether the base is a Greek letter written by name.
    public var isGreek: Bool { ["delta", "eta"].contains(base) }

    /// The same symbol with the superscript `+` of a value after the update.
    public var updated: MathSymbol { MathSymbol(base, subscript: subscriptText, superscript: "+") }
}
