import BackpropCore

/// Writes a ``TermMatrix`` as a matrix of its terms' values, elided as asked: reads values, never
/// computes one.
struct MatrixValues: Sendable {
    let trace: Trace
    let numbers: NumberFormat
    let elision: MatrixElision

    /// The value of one term, formatted.
    func value(_ id: TermID) -> MathExpression { .number(numbers.string(trace[id]?.value ?? .nan)) }

    /// The matrix; a single entry (a shared bias) as a plain number.
    func expression(_ matrix: TermMatrix) -> MathExpression {
        if matrix.rows == 1, matrix.columns == 1 { return value(matrix.entry(0, 0)) }
        let rows = elision.shown(matrix.rows, maximum: MatrixElision.maximumRows)
        let columns = elision.shown(matrix.columns, maximum: MatrixElision.maximumColumns)
        return .matrix(rows.map { row in
            columns.map { column in
                switch (row, column) {
                case let (row?, column?): return value(matrix.entry(row, column))
                case (nil, nil): return .dots(.diagonal)
                case (nil, _): return .dots(.vertical)
                case (_, nil): return .dots(.horizontal)
                }
            }
        })
    }

    /// A row of `count` ones (1ᵀ), elided like a matrix's columns.
    func ones(_ count: Int) -> MathExpression {
        let columns = elision.shown(count, maximum: MatrixElision.maximumColumns)
        return .matrix([columns.map { $0 == nil ? .dots(.horizontal) : .number("1") }])
    }

    /// A column of `count` ones (1), elided like a matrix's rows.
    func onesColumn(_ count: Int) -> MathExpression {
        let rows = elision.shown(count, maximum: MatrixElision.maximumRows)
        return .matrix(rows.map { [$0 == nil ? .dots(.vertical) : .number("1")] })
    }

    /// What of `matrix` is left out, or nil when it is written whole.
    func hidden(_ matrix: TermMatrix) -> (rows: Int, columns: Int)? {
        let rows = elision.hidden(matrix.rows, maximum: MatrixElision.maximumRows)
        let columns = elision.hidden(matrix.columns, maximum: MatrixElision.maximumColumns)
        return rows == 0 && columns == 0 ? nil : (rows, columns)
    }
}
