import Foundation
import TemplateKit

/// LaTeX `tabular` tables with plain `\hline` rules, numbers lined up on the decimal point,
/// scaled down to the line width only when wider than the line; a long foldable table (the
/// givens) in blocks side by side; a long table that surely fits the line as a `longtable`,
/// which breaks across pages (its header repeated), so it never leaves half a page empty.
///
/// Cells are text with inline math between `$` signs: the text outside the math is escaped for
/// LaTeX (and the few non-ASCII signs the walkthrough uses become LaTeX commands); the math is
/// copied as it is. Needs `graphicx` for the scaling and `longtable` (both in Debian's
/// `texlive-latex-base`).
package struct LaTeXTableWriter: TableWriter {
    package init() {}

    /// The most rows in one `tabular`: a longer table is split into several, each with the
    /// header, so that pages can break between them.
    package static let maximumRows = 40

    /// The most rows a foldable table (``Table/foldable``) keeps in one block; longer ones are
    /// set in two blocks side by side, or three beyond twice as many rows.
    package static let foldFrom = 12

    /// The fewest rows set as a `longtable`: shorter tables stay in one piece.
    package static let breakFrom = 10

    /// The widest table, in points, set as a `longtable` (which cannot be scaled down): a little
    /// less than the 455 pt line of A4 with 25 mm margins, as the width is only estimated.
    static let breakableWidth = 420.0

    package func write(_ table: Table) -> String {
        if !table.foldable, table.rows.count >= Self.breakFrom, TableWidth.estimate(table) <= Self.breakableWidth {
            return longtable(table)
        }
        let across = !table.foldable || table.rows.count <= Self.foldFrom ? 1 : table.rows.count <= 2 * Self.foldFrom ? 2 : 3
        let perBlock = min(Self.maximumRows, (table.rows.count + across - 1) / max(across, 1))
        let blocks = stride(from: 0, to: max(table.rows.count, 1), by: max(perBlock, 1)).map { start in
            Table(columns: table.columns, rows: Array(table.rows[start..<min(start + perBlock, table.rows.count)]))
        }
        return stride(from: 0, to: blocks.count, by: across).map { first in
            let line = blocks[first..<min(first + across, blocks.count)].map { tabular($0, top: across > 1) }
            return "\\begin{center}\n\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%\n"
                + line.joined(separator: "\\hspace{2em}%\n") + "}\n\\end{center}"
        }.joined(separator: "\n")
    }

    /// One `tabular`; `top` aligns its first row with those of the blocks beside it.
    private func tabular(_ table: Table, top: Bool) -> String {
        var text = "\\begin{tabular}\(top ? "[t]" : ""){\(Self.specification(table))}\n\\hline\n"
        text += Self.header(table) + "\\hline\n" + Self.rows(table)
        text += "\\hline\n\\end{tabular}"
        return text
    }

    /// A `longtable`, centred, its header repeated at the top of every page it runs onto.
    private func longtable(_ table: Table) -> String {
        "\\begin{longtable}{\(Self.specification(table))}\n\\hline\n" + Self.header(table)
            + "\\hline\n\\endhead\n\\hline\n\\endfoot\n" + Self.rows(table) + "\\end{longtable}"
    }

    /// `table` as a `longtable` of fixed column `widths` (`35mm`), left-aligned: its columns
    /// line up with every other table of the same widths, and it sets in one pdflatex run,
    /// since no column's width depends on its cells.
    package func fixedWidths(_ table: Table, widths: [String]) -> String {
        let specification = widths.map { "p{\($0)}" }.joined(separator: " ")
        let left = Table(columns: table.columns.map { Table.Column($0.header) }, rows: table.rows)
        return "\\begin{longtable}[l]{\(specification)}\n\\hline\n" + Self.header(left)
            + "\\hline\n\\endhead\n\\hline\n\\endfoot\n" + Self.rows(left) + "\\end{longtable}"
    }

    /// A decimal column is two columns: the integer part right-aligned, the point and fraction
    /// left-aligned, so the points line up.
    private static func specification(_ table: Table) -> String {
        table.columns.map { $0.alignment == .decimal ? "r@{}l" : "l" }.joined(separator: " ")
    }

    private static func header(_ table: Table) -> String {
        table.columns.map { column in
            column.alignment == .decimal
                ? "\\multicolumn{2}{c}{\(Self.cell(column.header))}" : Self.cell(column.header)
        }.joined(separator: " & ") + " \\\\\n"
    }

    private static func rows(_ table: Table) -> String {
        var text = ""
        for row in table.rows {
            text += zip(row, table.columns).map { cell, column in
                guard column.alignment == .decimal else { return Self.cell(cell) }
                // The equations' minus sign, not a hyphen.
                let signed = Self.isNumber(cell) && cell.hasPrefix("-") ? "$-$" + cell.dropFirst() : cell
                guard let point = signed.firstIndex(of: "."), Self.isNumber(cell) else {
                    return Self.isNumber(cell) ? Self.cell(signed) + " & " : "\\multicolumn{2}{r}{\(Self.cell(cell))}"
                }
                return Self.cell(String(signed[..<point])) + " & " + String(signed[point...])
            }.joined(separator: " & ") + " \\\\\n"
        }
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
