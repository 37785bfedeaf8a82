import BackpropCore

/// How much room a picture's labels (`w₅ = −0.35`, `b_h1,2 = 0.1`) take, in the picture's units.
///
/// The widths are upper bounds of the advance widths of the fonts the label may be shown in,
/// measured once per writer (see ``SVGDiagram`` and ``TikZDiagram``), so that the text stays
/// inside the box the layout reserves for it.
struct LabelMetrics: Sendable {
    /// The widths of the characters of a label's base letter and of its value. A value's `-`
    /// stands for the minus sign the writer prints.
    let main: [Character: Double]
    /// The widths of the characters of its subscript (with `,` for `_`).
    let lowered: [Character: Double]
    /// The width of any character missing from ``main`` or ``lowered``.
    let otherMain: Double, otherLowered: Double
    /// The width of ` = ` between a name and its value.
    let equals: Double
    /// The blank space inside the box, left and right of the text.
    let padding: Double
    /// The height of every label box.
    let height: Double

    /// The width of the box of `symbol = value` (just `symbol` when `value` is nil).
    func width(symbol: MathSymbol, value: String?) -> Double {
        var width = 2 * padding + symbol.base.reduce(0) { $0 + (main[$1] ?? otherMain) }
        width += (symbol.subscriptText ?? "").reduce(0) { $0 + (lowered[$1 == "_" ? "," : $1] ?? otherLowered) }
        if let value {
            width += equals + value.reduce(0) { $0 + (main[$1] ?? otherMain) }
        }
        return width
    }

    /// The width of each character of `characters`: for tables of equally wide digits.
    static func each(_ characters: String, _ width: Double) -> [Character: Double] {
        Dictionary(uniqueKeysWithValues: characters.map { ($0, width) })
    }
}
