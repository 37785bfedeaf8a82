import BackpropSupport

/// Terminal tables drawn with box-drawing characters (or plain ASCII), numbers lined up on the
/// decimal point, fitted to a width.
///
/// A table wider than ``width`` first wraps the words of its text columns other than the first
/// (never below a column's longest word); if it is still too wide it is split into groups of
/// columns of about equal size, one table under the other, each repeating the first column so
/// every row keeps its name. Numbers are never cut: a group of the first column and one other
/// that is still too wide is drawn as it is.
package struct TextTableWriter: TableWriter {
    /// Whether to draw with `+ - |` instead of box-drawing characters, and spell every cell in
    /// ASCII (`i1 -> h1`).
    package let ascii: Bool
    /// The most columns a table may take, borders included.
    package let width: Int

    package init(ascii: Bool, width: Int = TextLayout.defaultWidth) {
        self.ascii = ascii
        self.width = width
    }

    package func write(_ table: Table) -> String {
        let table = table.withTypographicMinus
        let text = { (cell: String) in ascii ? ASCIIText.fold(cell) : cell }
        let headers = table.columns.map { text($0.header) }
        let columns = table.columns.indices.map { index in
            aligned(table.rows.map { text($0[index]) }, table.columns[index])
        }
        var widths = table.columns.indices.map { index in
            max(headers[index].count, columns[index].map(\.count).max() ?? 0)
        }
        narrowTextColumns(&widths, headers: headers, columns: columns, alignments: table.columns.map(\.alignment))
        return groups(widths).map { group in
            draw(
                headers: group.map { headers[$0] }, columns: group.map { columns[$0] },
                widths: group.map { widths[$0] }, rows: table.rows.count
            )
        }.joined(separator: "\n\n")
    }

    /// The drawn width of columns of these widths: a space either side of each cell, and rules.
    private static func drawnWidth(_ widths: [Int]) -> Int {
        widths.reduce(0, +) + 3 * widths.count + 1
    }

    /// Narrows the widest text column but the first (the rows' names), a column at a time, until
    /// the table fits or no such column can lose more without breaking a word.
    private func narrowTextColumns(
        _ widths: inout [Int], headers: [String], columns: [[String]], alignments: [Table.Alignment]
    ) {
        guard Self.drawnWidth(widths) > width else { return }
        let narrowest = widths.indices.map { index -> Int in
            guard index > 0, alignments[index] == .left else { return widths[index] }
            let words = ([headers[index]] + columns[index]).flatMap { $0.split(separator: " ") }
            return words.map(\.count).max() ?? 0
        }
        while Self.drawnWidth(widths) > width {
            let shrinkable = widths.indices.filter { widths[$0] > narrowest[$0] }
            guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { return }
            widths[widest] -= 1
        }
    }

    /// The columns of each table to draw: all of them when they fit, else the first column
    /// followed by a share of the rest in each of as few groups as fit, the shares as equal as
    /// fitting allows.
    private func groups(_ widths: [Int]) -> [[Int]] {
        guard widths.count > 2, Self.drawnWidth(widths) > width else { return [Array(widths.indices)] }
        let rest = Array(widths.indices.dropFirst())
        let greedy = split(rest) { group in Self.drawnWidth(group.map { widths[$0] }) > width }
        let size = (rest.count + greedy.count - 1) / greedy.count
        let even = split(rest) { $0.count > size + 1 }
        let fits = even.count == greedy.count
            && even.allSatisfy { $0.count == 2 || Self.drawnWidth($0.map { widths[$0] }) <= width }
        return fits ? even : greedy
    }

    /// `columns` in order, each group the first column and as many more as `tooMany` allows (at
    /// least one).
    private func split(_ columns: [Int], tooMany: ([Int]) -> Bool) -> [[Int]] {
        var groups: [[Int]] = []
        var current = [0]
        for index in columns {
            if current.count > 1, tooMany(current + [index]) {
                groups.append(current)
                current = [0]
            }
            current.append(index)
        }
        groups.append(current)
        return groups
    }

    private func draw(headers: [String], columns: [[String]], widths: [Int], rows: Int) -> String {
        let (horizontal, vertical) = ascii ? ("-", "|") : ("─", "│")
        func rule(_ left: String, _ middle: String, _ right: String) -> String {
            left + widths.map { String(repeating: horizontal, count: $0 + 2) }.joined(separator: middle) + right + "\n"
        }
        func line(_ cells: [String]) -> String {
            let wrapped = zip(cells, widths).map { Self.wrap($0, width: $1) }
            let height = wrapped.map(\.count).max() ?? 1
            var text = ""
            for row in 0..<height {
                let parts = zip(wrapped, widths).map { lines, width in
                    " " + (row < lines.count ? lines[row] : "").padding(width) + " "
                }
                text += vertical + parts.joined(separator: vertical) + vertical + "\n"
            }
            return text
        }
        var drawn = ascii ? rule("+", "+", "+") : rule("┌", "┬", "┐")
        drawn += line(headers)
        drawn += ascii ? rule("+", "+", "+") : rule("├", "┼", "┤")
        for row in 0..<rows {
            drawn += line(columns.map { $0[row] })
        }
        drawn += ascii ? rule("+", "+", "+") : rule("└", "┴", "┘")
        drawn.removeLast()
        return drawn
    }

    /// A cell's lines: the cell itself when it fits, else its words wrapped at `width` (a word
    /// longer than that keeps a line of its own).
    private static func wrap(_ cell: String, width: Int) -> [String] {
        guard cell.count > width else { return [cell] }
        return Wrapping.lines(cell, width: width, first: "", rest: "").components(separatedBy: "\n")
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
