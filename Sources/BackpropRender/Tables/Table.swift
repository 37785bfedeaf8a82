/// A table of already formatted cells, written out by one writer per format.
package struct Table: Sendable, Equatable {
    /// How a column's cells line up.
    package enum Alignment: Sendable, Equatable {
        case left
        /// Numbers: lined up on the decimal point where the format allows.
        case decimal
    }

    /// One column: its header (already in the output format) and alignment.
    package struct Column: Sendable, Equatable {
        package let header: String
        package let alignment: Alignment

        package init(_ header: String, _ alignment: Alignment = .left) {
            self.header = header
            self.alignment = alignment
        }
    }

    package var columns: [Column]
    package var rows: [[String]]
    /// Whether a long table may be set as several blocks of rows side by side, where the format
    /// has room across and not down (a printed page): a list of values rather than a grid to
    /// compare row by row.
    package var foldable = false

    /// A table; every row has one cell per column.
    package init(columns: [Column], rows: [[String]] = []) {
        self.columns = columns
        self.rows = rows
    }
}

extension Table {
    /// A number cell with the minus sign the equations use, `−0.5` for `-0.5`; any other cell
    /// as it is. (`--ascii` folds it back to `-`.)
    static func typographicMinus(_ cell: String) -> String {
        guard cell.hasPrefix("-"), let next = cell.dropFirst().first, next.isNumber || next == "." else { return cell }
        return "−" + cell.dropFirst()
    }

    /// The table with every number of its decimal columns signed with ``typographicMinus(_:)``.
    var withTypographicMinus: Table {
        var table = self
        table.rows = rows.map { row in
            zip(row, columns).map { cell, column in column.alignment == .decimal ? Self.typographicMinus(cell) : cell }
        }
        return table
    }
}

/// Writes a ``Table`` in one format.
package protocol TableWriter: Sendable {
    func write(_ table: Table) -> String
}
