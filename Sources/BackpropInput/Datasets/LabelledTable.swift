/// A CSV table whose rows are numbers with one class label among them (`--label-column K`):
/// the label may be any text, and the classes are numbered in the order their labels sort
/// (numerically when every label is a number). A header row, blank lines and `#` lines are
/// skipped as in ``ExampleTable``.
package enum LabelledTable {
    /// The most rows a table may have.
    package static let maximumRows = NetworkSpec.maximumExampleCount
    /// The most classes a table may have: each example's target has one number a class (and
    /// the output layer one neuron a class), so this keeps memory within 100 numbers a row.
    package static let maximumClasses = 100

    /// The points and classes of a table; `labelColumn` counts from 1; `path` names the file in
    /// errors.
    package static func decode(_ bytes: [UInt8], labelColumn: Int) throws(DatasetError) -> LabelledData {
        var features: [[Double]] = [], labelTexts: [String] = []
        var distinct: Set<String> = []
        var width: Int?
        var lineNumber = 0
        // Bytes rather than Characters: a table of a million numbers is read in a blink.
        for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            let cells = line.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map(trimmed)
            if cells.allSatisfy(\.isEmpty) || cells[0].first == UInt8(ascii: "#") { continue }
            guard labelColumn <= cells.count else {
                throw .labelColumnOutOfRange(column: labelColumn, columns: cells.count, line: lineNumber)
            }
            if let width, width != cells.count { throw .rowLength(expected: width, got: cells.count, line: lineNumber) }
            var point: [Double] = []
            point.reserveCapacity(cells.count - 1)
            var isHeader = false
            for (index, cell) in cells.enumerated() where index != labelColumn - 1 {
                let text = String(decoding: cell, as: UTF8.self)
                guard let value = Double(text), value.isFinite else {
                    if features.isEmpty, width == nil { isHeader = true; break }
                    throw .notANumber(text: text, line: lineNumber, column: index + 1)
                }
                point.append(value)
            }
            width = cells.count
            if isHeader { continue }
            features.append(point)
            let label = String(decoding: cells[labelColumn - 1], as: UTF8.self)
            labelTexts.append(label)
            if distinct.insert(label).inserted, distinct.count > maximumClasses {
                throw .tooManyClasses(limit: maximumClasses, line: lineNumber)
            }
            if features.count > maximumRows { throw .tooManyRows(limit: maximumRows) }
        }
        guard !features.isEmpty else { throw .noRows }
        let names = distinct.allSatisfy({ Double($0) != nil })
            ? distinct.sorted { (Double($0) ?? 0) < (Double($1) ?? 0) }
            : distinct.sorted()
        guard names.count >= 2 else { throw .tooFewClasses(names.count) }
        let number = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        return LabelledData(features: features, labels: labelTexts.map { number[$0] ?? 0 }, classNames: names)
    }

    /// A cell without the spaces, tabs and carriage return around it.
    private static func trimmed(_ cell: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let blank: (UInt8) -> Bool = { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r") }
        var slice = cell
        while let first = slice.first, blank(first) { slice.removeFirst() }
        while let last = slice.last, blank(last) { slice.removeLast() }
        return slice
    }
}
