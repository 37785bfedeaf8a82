import Foundation
import TemplateKit

/// HTML tables: a `<thead>` and a `<tbody>`, number columns right-aligned and padded with
/// figure spaces so their decimal points line up.
///
/// Cells are text with inline `<math>…</math>` elements: the text outside the math is escaped
/// for HTML, the math is copied as it is.
package struct HTMLTableWriter: TableWriter {
    package init() {}

    package func write(_ table: Table) -> String {
        let decimals = table.columns.indices.map { index in
            table.rows.map { Self.fraction($0[index]).count }.max() ?? 0
        }
        var text = "<table>\n<thead><tr>"
        for column in table.columns {
            text += column.alignment == .decimal ? "<th class=\"number\">" : "<th>"
            text += Self.cell(column.header) + "</th>"
        }
        text += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            text += "<tr>"
            for (index, cell) in row.enumerated() {
                guard table.columns[index].alignment == .decimal, Self.isNumber(cell) else {
                    text += "<td>" + Self.cell(cell) + "</td>"
                    continue
                }
                // A figure space is as wide as a digit, a punctuation space as a point.
                let fraction = Self.fraction(cell)
                let missing = decimals[index] - fraction.count
                var padding = ""
                if missing > 0 {
                    padding = fraction.isEmpty
                        ? "&#8200;" + String(repeating: "&#8199;", count: missing - 1)
                        : String(repeating: "&#8199;", count: missing)
                }
                let number = Table.typographicMinus(cell)
                text += "<td class=\"number\">" + number + padding + "</td>"
            }
            text += "</tr>\n"
        }
        text += "</tbody>\n</table>"
        return text
    }

    /// The point and digits after it, or nothing for a whole number.
    private static func fraction(_ cell: String) -> Substring {
        guard isNumber(cell), let point = cell.firstIndex(of: ".") else { return "" }
        return cell[point...]
    }

    private static func isNumber(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" }
    }

    /// Text outside `<math>…</math>` escaped, the math elements kept.
    static func cell(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "<math") {
            result += Escaping.html.escape(String(rest[..<open.lowerBound]))
            guard let close = rest.range(of: "</math>", range: open.upperBound..<rest.endIndex) else {
                result += rest[open.lowerBound...]
                return result
            }
            result += rest[open.lowerBound..<close.upperBound]
            rest = rest[close.upperBound...]
        }
        return result + Escaping.html.escape(String(rest))
    }
}
