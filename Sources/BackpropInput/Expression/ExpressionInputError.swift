import BackpropCore

/// Why an expression program was refused, with where: a byte offset into the source, turned
/// into a line, a column and the line's text by ``location(in:)``.
package struct ExpressionInputError: Error, Equatable {
    /// What is wrong.
    package enum Problem: Equatable, Sendable {
        /// A character no token starts with.
        case unexpectedCharacter
        /// A number that does not read as a finite double.
        case badNumber(String)
        /// Something else stood where `expected` was needed; `found` describes it.
        case expected(String, found: String)
        /// A name read before any assignment or `--at` gave it a value.
        case unknownName(String, suggestion: String?)
        /// A call of a function that does not exist.
        case unknownFunction(String, suggestion: String?)
        /// `**` with an exponent that is not a number (micrograd's `__pow__` takes int/float).
        case exponentNotNumber
        /// Parentheses, calls and signs nested more than `limit` deep.
        case tooDeep(limit: Int)
        /// A name `--at` gives that the program also assigns.
        case givenAndAssigned(String)
        /// The operation at this place is undefined, or the graph too large.
        case graph(ExpressionGraphError)
        /// `--of NAME` names no variable of the program.
        case unknownOutput(String, suggestion: String?)
        /// `--at NAME=…` names a variable the program never reads.
        case unusedGiven(String, suggestion: String?)
        /// The program assigns nothing.
        case noAssignment
    }

    package let problem: Problem
    /// The byte offset in the source where it is, or nil for problems of the flags.
    package let offset: Int?

    init(_ problem: Problem, at offset: Int?) {
        self.problem = problem
        self.offset = offset
    }

    /// Line and column (from 1, the column in characters) and the text of the line.
    package func location(in source: [UInt8]) -> (line: Int, column: Int, text: String)? {
        guard let offset else { return nil }
        let end = min(offset, source.count)
        var line = 1, lineStart = 0
        for index in 0..<end where source[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var lineEnd = end
        while lineEnd < source.count, source[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let column = String(decoding: source[lineStart..<end], as: UTF8.self).count + 1
        return (line, column, String(decoding: source[lineStart..<lineEnd], as: UTF8.self))
    }
}
