/// One line of an answers file that gives, or tries to give, a value.
package struct Answer: Sendable, Equatable {
    /// The 1-based line it was on.
    package let line: Int
    /// The name as written, with surrounding spaces, backticks and bold marks removed; empty
    /// when the line has no recognisable name.
    package let name: String
    /// What the line gives.
    package let value: AnswerValue
    /// The remark after a `#` on the line, without the `#` and surrounding spaces, if any.
    package let remark: String?

    /// An answer on `line`.
    package init(line: Int, name: String, value: AnswerValue, remark: String? = nil) {
        self.line = line
        self.name = name
        self.value = value
        self.remark = remark
    }

    /// An answer with a number, or left empty (`number` nil).
    package init(line: Int, name: String, number: WrittenNumber?) {
        self.init(line: line, name: name, value: number.map(AnswerValue.number) ?? .blank)
    }

    /// The number, when the line gives one.
    package var number: WrittenNumber? {
        if case let .number(number) = value { return number }
        return nil
    }
}

/// What one answer line gives.
package enum AnswerValue: Sendable, Equatable {
    /// A number.
    case number(WrittenNumber)
    /// Nothing: the value was left empty (a worksheet line not filled in).
    case blank
    /// A line that cannot be read as an answer, and why.
    case unreadable(Unreadable)
}
