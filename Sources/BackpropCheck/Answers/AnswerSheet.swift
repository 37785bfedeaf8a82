/// A student's answers: every line of a file that gives a value (or tries to), in the order
/// written, and the worksheet header that records the step, if the file has one.
///
/// The format, described in `docs/check.md`: one `name = value` per line in any order (also
/// `name: value` and `name ≈ value`); blank lines, `#` comments (and Markdown headings), `>`
/// quotes and HTML comment lines are ignored; a `#` after a value starts a remark; list items
/// (`- name = value`, `1) …`, `(a) …`) and Markdown table rows (`| name | … | value |`, name in
/// the first cell and value in the last) are answers too, and a table's header row is skipped.
/// An empty value means "not answered". A line that cannot be read is kept as
/// ``AnswerValue/unreadable(_:)``, so the rest of the sheet can still be marked.
package struct AnswerSheet: Sendable, Equatable {
    /// The file, as the user named it.
    package let source: String
    /// The answers in file order, including those left empty and those that cannot be read.
    package let answers: [Answer]
    /// The worksheet header (`#@` lines), read or found damaged; nil when the file has none.
    package let header: Result<WorksheetHeader, WorksheetHeaderError>?

    /// Answers given directly.
    package init(
        source: String, answers: [Answer],
        header: Result<WorksheetHeader, WorksheetHeaderError>? = nil
    ) {
        self.source = source
        self.answers = answers
        self.header = header
    }

    /// Reads the bytes of an answers file, with decimal commas (`0,0821`) when `decimalComma`
    /// or the worksheet header says so.
    ///
    /// - Throws: ``AnswerSheetError`` for bytes that are not UTF-8 text.
    package init(bytes: [UInt8], source: String, decimalComma: Bool = false) throws(AnswerSheetError) {
        var bytes = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw AnswerSheetError(source: source, line: nil, problem: .notText)
        }
        self.init(text: text, source: source, decimalComma: decimalComma)
    }

    /// Reads the text of an answers file. Every line is kept: one that is not an answer is an
    /// answer with an ``AnswerValue/unreadable(_:)`` value. Values with a decimal comma
    /// (`0,0821`) are numbers when `decimalComma` or the worksheet header says so.
    package init(text: String, source: String, decimalComma: Bool = false) {
        // "\r\n" is one Character in Swift, so it must be named as a separator of its own.
        let raw = text.split(omittingEmptySubsequences: false) {
            $0 == "\n" || $0 == "\r\n" || $0 == "\r"
        }
        let lines = raw.map(AnswerLine.init)
        var headerLines: [(line: Int, text: String)] = []
        for (index, line) in lines.enumerated() {
            if case let .header(text) = line { headerLines.append((index + 1, text)) }
        }
        let header = headerLines.isEmpty ? nil : WorksheetHeader.read(headerLines)
        let decimalComma = decimalComma || ((try? header?.get())?.decimalComma ?? false)
        var answers: [Answer] = []
        for (index, line) in lines.enumerated() {
            let number = index + 1
            func unreadable(_ problem: Unreadable.Problem) -> Answer {
                let text = String(raw[index].trimmedSpaces)
                return Answer(line: number, name: "", value: .unreadable(Unreadable(text, problem)))
            }
            switch line {
            case .note, .tableDelimiter, .header:
                continue
            case let .malformed(problem):
                var answer = unreadable(problem)
                if case let .missingEquals(name, _) = problem {
                    answer = Answer(line: number, name: name, value: answer.value)
                }
                answers.append(answer)
            case let .tableRow(cells):
                if index + 1 < lines.count, lines[index + 1] == .tableDelimiter { continue }
                guard cells.count >= 2, let name = cells.first, let value = cells.last else {
                    answers.append(unreadable(.shortTableRow))
                    continue
                }
                guard !Self.cleaned(name).isEmpty else {
                    answers.append(unreadable(.noName))
                    continue
                }
                answers.append(Self.answer(
                    name: name, value: value, remark: nil, line: number, decimalComma: decimalComma
                ))
            case let .assignment(name, value, remark):
                answers.append(Self.answer(
                    name: name, value: value, remark: remark, line: number, decimalComma: decimalComma
                ))
            }
        }
        self.init(source: source, answers: answers, header: header)
    }

    private static func answer(
        name: String, value: String, remark: String?, line: Int, decimalComma: Bool
    ) -> Answer {
        Answer(
            line: line, name: String(cleaned(name)),
            value: self.value(value, decimalComma: decimalComma), remark: remark
        )
    }

    /// What the value part of a line gives: backticks, bold marks and a leading `≈` or `~`
    /// (`≈ 0.0822`) are ignored; with `decimalComma`, `0,0822` is a number.
    static func value(_ text: String, decimalComma: Bool = false) -> AnswerValue {
        var value = cleaned(text)
        if let first = value.first, "\u{2248}~\u{2243}".contains(first) {
            value = value.dropFirst().trimmedSpaces
        }
        if value.isEmpty { return .blank }
        guard let number = WrittenNumber(String(value), decimalComma: decimalComma) else {
            return .unreadable(Unreadable(value: String(value)))
        }
        return .number(number)
    }

    /// Without the backticks of Markdown code spans or the `**` of bold text around it.
    private static func cleaned(_ text: String) -> Substring {
        var slice = text.trimmedSpaces
        for _ in 0..<3 {
            let before = slice
            if slice.count >= 2, slice.first == "`", slice.last == "`" {
                slice = slice.dropFirst().dropLast()
            }
            for mark in ["**", "__"] {
                if slice.hasPrefix(mark) { slice = slice.dropFirst(2) }
                if slice.hasSuffix(mark) { slice = slice.dropLast(2) }
            }
            slice = slice.trimmedSpaces
            if slice == before { break }
        }
        return slice
    }
}
