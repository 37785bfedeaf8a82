import BackpropCore

/// A matrix (or a vector, one column) whose entries are terms of the trace, named by identity
/// and made when asked: a layer of a million weights costs nothing until it is written.
struct TermMatrix: Sendable {
    let rows: Int
    let columns: Int
    /// The term at a 0-based row and column.
    let entry: @Sendable (Int, Int) -> TermID

    /// A column vector.
    init(vector count: Int, _ entry: @escaping @Sendable (Int) -> TermID) {
        rows = count
        columns = 1
        self.entry = { row, _ in entry(row) }
    }

    init(rows: Int, columns: Int, _ entry: @escaping @Sendable (Int, Int) -> TermID) {
        self.rows = rows
        self.columns = columns
        self.entry = entry
    }

    /// The same entries, rows and columns swapped.
    var transposed: TermMatrix {
        let entry = self.entry
        return TermMatrix(rows: columns, columns: rows) { entry($1, $0) }
    }
}

/// Which rows and columns of a large matrix are written: all of them (`--detail all`), or the
/// first few, an ellipsis and the last.
struct MatrixElision: Sendable, Equatable {
    /// Whether every entry is written.
    let whole: Bool

    /// The most rows written before the rest are elided: the first six, ⋮, the last.
    static let maximumRows = 8
    /// The most columns written: the first four, ⋯, the last.
    static let maximumColumns = 6

    /// The indices written out of `count`, nil for the ellipsis.
    func shown(_ count: Int, maximum: Int) -> [Int?] {
        guard !whole, count > maximum else { return Array(0..<count) }
        return Array(0..<(maximum - 2)) + [nil, count - 1]
    }

    /// How many of `count` are left out.
    func hidden(_ count: Int, maximum: Int) -> Int {
        whole || count <= maximum ? 0 : count - (maximum - 1)
    }
}
