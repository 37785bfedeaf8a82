/// Terminal tables drawn with box-drawing characters (or plain ASCII), numbers lined up on the
/// decimal point.
public struct TextTableWriter: TableWriter {
    /// Whether to draw with `+ - |` instead of box-drawing characters, and spell every cell in
    /// ASCII (`i1 -> h1`).
    public let ascii: Bool

    public init(ascii: Bool) { self.ascii = ascii }

    public func write(_ table: Table) -> String {
        let text = { (cell: String) in ascii ? ASCIIText.fold(cell) : cell }
        let headers = table.columns.map { text($0.header) }
        let columns = table.columns.indices.map { index in
            aligned(table.rows.map { text($0[index]) }, table.columns[index])
        }
        let widths = table.columns.indices.map { index in
            max(headers[index].count, columns[index].map(\.count).max() ?? 0)
        }
        let (horizontal, vertical) = ascii ? ("-", "|") : ("─", "│")
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: horizontal, count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        func line(_ cells: [String]) -> String {
            vertical + zip(cells, widths).map { " " + $0.padding($1) + " " }.joined(separator: vertical) + vertical + "\n"
        }
        var drawn = ascii ? rule("+", "+", "+") : rule("┌", "┬", "┐")
        drawn += line(headers)
        drawn += ascii ? rule("+", "+", "+") : rule("├", "┼", "┤")
        for row in table.rows.indices {
            drawn += line(columns.map { $0[row] })
        }
        drawn += ascii ? rule("+", "+", "+") : rule("└", "┴", "┘")
        drawn.removeLast()
        return drawn
    }

    /// Cells of a decimal column padded so their decimal points line up.
    private func aligned(_ cells: [String], _ column: Table.Column) -> [String] {
        column.alignment == .decimal ? Self.alignedOnPoints(cells) : cells
    }

    /// Cells padded so their decimal points (or their ends, without one) line up: a table's
    /// decimal column, or a text matrix's column.
    static func alignedOnPoints(_ cells: [String]) -> [String] {
        let parts = cells.map { cell -> (String, String) in
            guard let point = cell.firstIndex(of: ".") else { return (cell, "") }
            return (String(cell[..<point]), String(cell[point...]))
        }
        let whole = parts.map(\.0.count).max() ?? 0
        let fraction = parts.map(\.1.count).max() ?? 0
        return parts.map { integer, decimals in
            String(repeating: " ", count: whole - integer.count) + integer
                + decimals + String(repeating: " ", count: fraction - decimals.count)
        }
    }
}

extension String {
    /// Padded with spaces on the right to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
