/// One line typed into the quiz: an answer, or one of its few commands.
package enum QuizInput: Sendable, Equatable {
    /// A value for the term asked.
    case answer(WrittenNumber)
    /// Something that is neither a value nor a command.
    case unreadable(Unreadable)
    /// `?` or `hint`: the formula, then the formula with the student's numbers.
    case hint
    /// `reveal`: show the value and move on.
    case reveal
    /// `skip`: move on, leaving the term as it is.
    case skip
    /// `back`: the term before.
    case back
    /// `q` or `quit`: stop, with a summary.
    case quit
    /// `help`: the commands.
    case help
    /// An empty line.
    case nothing

    /// The longest line read as an answer; a longer one is ``Unreadable/Problem/tooLong``.
    package static let maximumLength = 1000

    /// Reads a typed line. A value may be written alone (`0.3775`) or after `=`
    /// (`net_h1 = 0.3775`), in any form `check` reads; with `decimalComma`, `0,3775` too.
    package init(_ line: String, decimalComma: Bool = false) {
        let text = line.trimmedSpaces
        switch text.lowercased() {
        case "": self = .nothing
        case "?", "hint": self = .hint
        case "reveal", "show": self = .reveal
        case "skip", "next": self = .skip
        case "back", "previous": self = .back
        case "q", "quit", "exit": self = .quit
        case "help", "h": self = .help
        default:
            guard text.unicodeScalars.count <= Self.maximumLength else {
                self = .unreadable(Unreadable(String(text.prefix(60)), .tooLong))
                return
            }
            var value = text
            if let equals = text.lastIndex(where: { $0 == "=" || $0 == "\u{2248}" }) {
                value = text[text.index(after: equals)...]
            }
            switch AnswerSheet.value(String(value), decimalComma: decimalComma) {
            case let .number(number): self = .answer(number)
            case let .unreadable(problem): self = .unreadable(problem)
            case .blank: self = .nothing
            }
        }
    }
}
