import BackpropCore

/// A table of training examples, one a row: comma-separated numbers, inputs then targets, with
/// an optional header row of names. Blank lines and lines starting with `#` are skipped.
package enum ExampleTable {
    /// The rows of a table file's bytes; `path` names it in errors.
    ///
    /// - Throws: ``NetworkInputError`` naming the line and column of a cell that is not a number,
    ///   and for an empty table or one of more than ``NetworkSpec/maximumExampleCount`` rows.
    package static func decode(_ bytes: [UInt8], path: String) throws(NetworkInputError) -> Sourced<[ExampleRow]> {
        let text = String(decoding: bytes, as: UTF8.self)
        var rows: [ExampleRow] = []
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let content = line.hasSuffix("\r") ? line.dropLast() : line[...]
            let trimmed = content.drop { $0 == " " || $0 == "\t" }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let cells = content.split(separator: ",", omittingEmptySubsequences: false)
            var values: [Double] = []
            values.reserveCapacity(cells.count)
            for (index, cell) in cells.enumerated() {
                let text = cell.trimmingCharacters(in: [" ", "\t"])
                guard let value = Double(text), value.isFinite else {
                    // A first row of names is a header.
                    if rows.isEmpty, values.isEmpty, Double(text) == nil, !looksNumeric(text) { break }
                    throw NetworkInputError(
                        .file(path), field: "examples", .notANumberInRow(column: index + 1, text: text),
                        line: lineNumber, column: index + 1
                    )
                }
                values.append(value)
            }
            if values.isEmpty { continue }
            rows.append(ExampleRow(values: values, line: lineNumber))
            if rows.count > NetworkSpec.maximumExampleCount {
                throw NetworkInputError(
                    .file(path), field: "examples", .tooManyExamples(limit: NetworkSpec.maximumExampleCount),
                    line: lineNumber
                )
            }
        }
        guard !rows.isEmpty else { throw NetworkInputError(.file(path), field: "examples", .noRows) }
        return Sourced(rows, from: .file(path))
    }

    /// Whether a cell that is not a number still looks like one (`1.2.3`, `0,5`): a mistake in
    /// a data row rather than a header.
    private static func looksNumeric(_ text: String) -> Bool {
        !text.isEmpty && text.allSatisfy { $0.isNumber || ".-+eE".contains($0) }
    }
}

extension Substring {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = self
        while let first = slice.first, set.contains(first) { slice.removeFirst() }
        while let last = slice.last, set.contains(last) { slice.removeLast() }
        return String(slice)
    }
}
