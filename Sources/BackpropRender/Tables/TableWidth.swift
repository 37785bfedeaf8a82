/// An estimate of how wide LaTeX sets a ``Table`` at 11 pt, from the widths of Computer
/// Modern's characters, erring on the wide side: `LaTeXTableWriter` sets a long table as a
/// `longtable`, which cannot be scaled down, only when the estimate fits the line.
enum TableWidth {
    /// The space LaTeX puts around each column (`\tabcolsep` on both sides).
    static let columnPadding = 12.0
    static let em = 11.0

    /// The table's width in points: each column as wide as its widest cell (a decimal column
    /// as its widest integer part plus its widest fraction), plus the padding.
    static func estimate(_ table: Table) -> Double {
        table.columns.indices.reduce(0) { total, index in
            let column = table.columns[index]
            let cells = table.rows.map { index < $0.count ? $0[index] : "" }
            let header = width(column.header)
            guard column.alignment == .decimal else {
                return total + max(header, cells.map(width).max() ?? 0) + columnPadding
            }
            let parts = cells.map { cell -> (Double, Double) in
                guard let point = cell.firstIndex(of: ".") else { return (width(cell), 0) }
                return (width(String(cell[..<point])), width(String(cell[point...])))
            }
            let body = (parts.map(\.0).max() ?? 0) + (parts.map(\.1).max() ?? 0)
            return total + max(header, body) + columnPadding
        }
    }

    /// One cell's width: text, or inline math in `$…$`.
    static func width(_ text: String) -> Double {
        var reader = Substring(text)
        return group(&reader, until: nil) * em
    }

    /// The width in ems of what follows up to `end` (or the end of the text), consumed.
    private static func group(_ text: inout Substring, until end: Character?) -> Double {
        var total = 0.0
        while let character = text.first {
            text.removeFirst()
            if character == end { return total }
            switch character {
            case "{": total += group(&text, until: "}")
            case "$", "}": continue
            case "_", "^": total += 0.7 * argument(&text)
            case "\\": total += command(&text)
            default: total += characterWidth(character)
            }
        }
        return total
    }

    /// A single character or a `{…}` group, as a sub- or superscript or a command's argument.
    private static func argument(_ text: inout Substring) -> Double {
        guard let first = text.first else { return 0 }
        if first == "{" {
            text.removeFirst()
            return group(&text, until: "}")
        }
        var one = Substring(String(first))
        text.removeFirst()
        return group(&one, until: nil)
    }

    private static func command(_ text: inout Substring) -> Double {
        let name = text.prefix { $0.isLetter }
        text.removeFirst(name.count)
        if name.isEmpty, let escaped = text.first {
            text.removeFirst()
            return characterWidth(escaped)
        }
        switch name {
        case "frac", "tfrac": return max(argument(&text), argument(&text))
        case "mathit", "mathrm", "text", "textit", "mathbf", "ensuremath": return argument(&text)
        case "left", "right", "relax": return 0
        default: return 1.0
        }
    }

    private static func characterWidth(_ character: Character) -> Double {
        switch character {
        case "0"..."9": return 0.5
        case ".", ",", ":", ";", "'", "|", "(", ")": return 0.39
        case " ": return 0.34
        case "-", "−", "+", "=", "→", "…", "·": return 1.0
        case "A"..."Z", "δ", "η", "Σ", "∂": return 0.78
        default: return 0.58
        }
    }
}
