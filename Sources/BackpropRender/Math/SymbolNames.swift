/// Reads the canonical ASCII term names back into mathematical symbols.
///
/// `net_h1` → net with subscript h1; `w5+` → w, subscript 5, superscript +; `delta_o1` → δ_o1;
/// `eta` → η; `dE_total/dw5` → ∂E_total/∂w5.
public enum SymbolNames {
    /// The expression a term name stands for.
    public static func expression(forName name: String) -> MathExpression {
        if name.hasPrefix("d"), let slash = name.firstIndex(of: "/") {
            let numerator = name[name.index(after: name.startIndex)..<slash]
            let denominator = name[name.index(after: slash)...]
            if denominator.hasPrefix("d") {
                return .partial(symbol(String(numerator)), symbol(String(denominator.dropFirst())))
            }
        }
        return .symbol(symbol(name))
    }

    /// The symbol of a simple (non-derivative) name.
    public static func symbol(_ name: String) -> MathSymbol {
        var core = Substring(name)
        var superscript: String?
        if core.hasSuffix("+") {
            core = core.dropLast()
            superscript = "+"
        }
        if core == "eta" { return MathSymbol("eta", superscript: superscript) }
        if let underscore = core.firstIndex(of: "_") {
            let base = String(core[..<underscore])
            let lowered = String(core[core.index(after: underscore)...])
            return MathSymbol(base, subscript: lowered, superscript: superscript)
        }
        if let digit = core.firstIndex(where: \.isNumber) {
            return MathSymbol(
                String(core[..<digit]), subscript: String(core[digit...]), superscript: superscript
            )
        }
        return MathSymbol(String(core), superscript: superscript)
    }
}
