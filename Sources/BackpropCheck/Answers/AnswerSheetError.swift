/// An answers file that cannot be read as answers, with the file and line to point at.
public struct AnswerSheetError: Error, Sendable, Equatable {
    /// What is wrong.
    public enum Problem: Sendable, Equatable {
        /// A line that is neither a note nor `name = value` (nor a table row): quoted.
        case expectedAssignment(got: String)
        /// A table row with fewer than two cells: quoted.
        case expectedTableRow(got: String)
        /// A value that is not a number, and the name it was for.
        case notANumber(String, name: String)
        /// The bytes are not UTF-8 text.
        case notText
    }

    /// The file, as the user named it.
    public let source: String
    /// The 1-based line, when the problem is one line's.
    public let line: Int?
    /// What is wrong.
    public let problem: Problem

    /// An error at `line` of `source`.
    public init(source: String, line: Int?, problem: Problem) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// The one-line message: `answers.txt:7: expected 'name = value', got 'net_h1 0.3775'`.
    public var description: String {
        let place = source + (line.map { ":\($0)" } ?? "")
        switch problem {
        case let .expectedAssignment(got):
            return "\(place): expected 'name = value', got '\(Self.quoted(got))'"
        case let .expectedTableRow(got):
            return "\(place): expected a table row '| name | value |', got '\(Self.quoted(got))'"
        case let .notANumber(value, name):
            return "\(place): '\(Self.quoted(value))' is not a number (the value of \(name))"
        case .notText:
            return "\(place): not UTF-8 text"
        }
    }

    private static func quoted(_ text: String) -> String {
        text.count <= 60 ? text : String(text.prefix(57).trimmedSpaces) + "..."
    }
}
