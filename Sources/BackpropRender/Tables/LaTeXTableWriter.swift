import Foundation
import TemplateKit

/// LaTeX `tabular` tables with plain `\hline` rules (no extra packages), numbers lined up on the
/// decimal point, scaled down to the line width only when wider than the line.
///
/// Cells are text with inline math between `$` signs: the text outside the math is escaped for
/// LaTeX (and the few non-ASCII signs the walkthrough uses become LaTeX commands); the math is
/// copied as it is. Needs `graphicx` for the scaling.
public struct LaTeXTableWriter: TableWriter {
    public init() {}

    /// The most rows in one `tabular`: a longer table is split into several, each with the
    /// header, so that pages can break between them.
    public static let maximumRows = 40

    public func write(_ table: Table) -> String {
        guard table.rows.count > Self.maximumRows else { return tabular(table) }
        return stride(from: 0, to: table.rows.count, by: Self.maximumRows).map { start in
            let rows = Array(table.rows[start..<min(start + Self.maximumRows, table.rows.count)])
            return tabular(Table(columns: table.columns, rows: rows))
        }.joined(separator: "\n")
    }

    private func tabular(_ table: Table) -> String {
        // A decimal column is two columns: the integer part right-aligned, the point and
        // fraction left-aligned, so the points line up.
        let specification = table.columns.map { $0.alignment == .decimal ? "r@{}l" : "l" }.joined(separator: " ")
        var text = "\\begin{center}\n\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n"
        text += "\\begin{tabular}{\(specification)}\n\\hline\n"
        text += table.columns.map { column in
            column.alignment == .decimal
                ? "\\multicolumn{2}{c}{\(Self.cell(column.header))}" : Self.cell(column.header)
        }.joined(separator: " & ") + " \\\\\n\\hline\n"
        for row in table.rows {
            text += zip(row, table.columns).map { cell, column in
                guard column.alignment == .decimal else { return Self.cell(cell) }
                guard let point = cell.firstIndex(of: "."), Self.isNumber(cell) else {
                    return Self.isNumber(cell) ? Self.cell(cell) + " & " : "\\multicolumn{2}{r}{\(Self.cell(cell))}"
                }
                return Self.cell(String(cell[..<point])) + " & " + String(cell[point...])
            }.joined(separator: " & ") + " \\\\\n"
        }
        text += "\\hline\n\\end{tabular}}\n\\end{center}"
        return text
    }

    private static func isNumber(_ cell: String) -> Bool {
        !cell.isEmpty && cell.allSatisfy { $0.isNumber || $0 == "." || $0 == "-" || $0 == "e" || $0 == "+" }
    }

    /// Text outside `$…$` escaped, math inside kept; a minus sign written as math.
    static func cell(_ text: String) -> String {
        var result = ""
        var inMath = false
        var run = ""
        func flushText() {
            var escaped = Escaping.latex.escape(run)
            if !escaped.utf8.allSatisfy({ $0 < 0x80 }) {
                for (sign, command) in unicodeSigns { escaped = escaped.replacingOccurrences(of: sign, with: command) }
            }
            result += escaped
            run = ""
        }
        for character in text {
            if character == "$" {
                if inMath { result += "$" + run + "$"; run = "" } else { flushText() }
                inMath.toggle()
            } else {
                run.append(character)
            }
        }
        if inMath { result += "$" + run } else { flushText() }
        if result.hasPrefix("-"), isNumber(text) { result = "$-$" + result.dropFirst() }
        return result
    }

    private static let unicodeSigns: [(String, String)] = [
        ("→", "\\ensuremath{\\rightarrow}"), ("…", "\\ldots{}"), ("−", "\\ensuremath{-}"),
        ("δ", "\\ensuremath{\\delta}"), ("η", "\\ensuremath{\\eta}"), ("∂", "\\ensuremath{\\partial}"),
    ]
}
