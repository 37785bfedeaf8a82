/// A student's answers: every `name = value` line of a file, in the order written.
///
/// The format, described in `docs/check.md`: one `name = value` per line in any order; blank
/// lines, `#` comments (and Markdown headings) and `>` quotes are ignored; a `#` after a value
/// starts a comment; list items (`- name = value`) and Markdown table rows (`| name | … | value |`,
/// name in the first cell and value in the last) are answers too, and a table's header row is
/// skipped. An empty value means "not answered".
public struct AnswerSheet: Sendable, Equatable {
    /// The file, as the user named it.
    public let source: String
    /// The answers in file order, including those left empty.
    public let answers: [Answer]

    /// Answers given directly.
    public init(source: String, answers: [Answer]) {
        self.source = source
        self.answers = answers
    }

    /// Reads the bytes of an answers file.
    ///
    /// - Throws: ``AnswerSheetError`` for bytes that are not UTF-8 text or a line that is not
    ///   an answer, naming the first such line.
    public init(bytes: [UInt8], source: String) throws(AnswerSheetError) {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw AnswerSheetError(source: source, line: nil, problem: .notText)
        }
        try self.init(text: text, source: source)
    }

    /// Reads the text of an answers file.
    ///
    /// - Throws: ``AnswerSheetError`` naming the first line that is not an answer, or whose
    ///   value is not a number.
    public init(text: String, source: String) throws(AnswerSheetError) {
        // "\r\n" is one Character in Swift, so it must be named as a separator of its own.
        let raw = text.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        let lines = raw.map(AnswerLine.init)
        var answers: [Answer] = []
        for (index, line) in lines.enumerated() {
            let number = index + 1
            func fail(_ problem: AnswerSheetError.Problem) -> AnswerSheetError {
                AnswerSheetError(source: source, line: number, problem: problem)
            }
            switch line {
            case .note, .tableDelimiter:
                continue
            case .malformed:
                throw fail(.expectedAssignment(got: String(raw[index].trimmedSpaces)))
            case let .tableRow(cells):
                if index + 1 < lines.count, lines[index + 1] == .tableDelimiter { continue }
                guard cells.count >= 2, let name = cells.first, let value = cells.last,
                      !name.isEmpty else {
                    throw fail(.expectedTableRow(got: String(raw[index].trimmedSpaces)))
                }
                answers.append(try Self.answer(name: name, value: value, line: number, fail))
            case let .assignment(name, value):
                answers.append(try Self.answer(name: name, value: value, line: number, fail))
            }
        }
        self.init(source: source, answers: answers)
    }

    private static func answer(
        name: String, value: String, line: Int,
        _ fail: (AnswerSheetError.Problem) -> AnswerSheetError
    ) throws(AnswerSheetError) -> Answer {
        let name = String(unquoted(name))
        let value = unquoted(value)
        if value.isEmpty { return Answer(line: line, name: name, number: nil) }
        guard let number = WrittenNumber(String(value)) else {
            throw fail(.notANumber(String(value), name: name))
        }
        return Answer(line: line, name: name, number: number)
    }

    /// Without the backticks of Markdown code spans around it.
    private static func unquoted(_ text: String) -> Substring {
        var slice = text.trimmedSpaces
        while slice.count >= 2, slice.first == "`", slice.last == "`" {
            slice = slice.dropFirst().dropLast().trimmedSpaces
        }
        return slice
    }
}
