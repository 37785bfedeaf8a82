/// An answers file that cannot be read at all, with the file (and line) to point at.
///
/// A line that is not an answer does not make the file unreadable: it is kept as an
/// ``AnswerValue/unreadable(_:)`` answer and marked on its own.
public struct AnswerSheetError: Error, Sendable, Equatable {
    /// What is wrong.
    public enum Problem: Sendable, Equatable {
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

    /// The one-line message: `answers.txt: not UTF-8 text`.
    public var description: String {
        let place = source + (line.map { ":\($0)" } ?? "")
        switch problem {
        case .notText:
            return "\(place): not UTF-8 text"
        }
    }
}
