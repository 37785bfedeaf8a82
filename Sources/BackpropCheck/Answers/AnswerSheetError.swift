/// An answers file that cannot be read at all, with the file (and line) to point at.
///
/// A line that is not an answer does not make the file unreadable: it is kept as an
/// ``AnswerValue/unreadable(_:)`` answer and marked on its own.
package struct AnswerSheetError: Error, Sendable, Equatable {
    /// What is wrong.
    package enum Problem: Sendable, Equatable {
        /// The bytes are not UTF-8 text.
        case notText
    }

    /// The file, as the user named it.
    package let source: String
    /// The 1-based line, when the problem is one line's.
    package let line: Int?
    /// What is wrong.
    package let problem: Problem

    /// An error at `line` of `source`.
    package init(source: String, line: Int?, problem: Problem) {
        self.source = source
        self.line = line
        self.problem = problem
    }

    /// The one-line message: `answers.txt: not UTF-8 text`.
    package var description: String {
        let place = source + (line.map { ":\($0)" } ?? "")
        switch problem {
        case .notText:
            return "\(place): not UTF-8 text"
        }
    }
}
