import BackpropCheck

/// The answers of a saved quiz (or any filled-in worksheet) to carry on from: each term's
/// value, and the terms revealed (`name =   # revealed: 0.3775`).
struct QuizResume {
    /// What the student had done with each term.
    let entries: [Int: QuizSession.Entry]
    /// The first line the quiz cannot keep (an unknown name, an unreadable line, a repeat),
    /// if any: saving over the file would lose it.
    let lost: Answer?

    /// The entries `sheet` gives, names resolved by `checker`.
    init(_ sheet: AnswerSheet, checker: Checker) {
        var entries: [Int: QuizSession.Entry] = [:]
        var lost: Answer?
        for answer in sheet.answers {
            var term: Int?
            if !answer.name.isEmpty, case let .term(index) = checker.resolve(answer.name),
               checker.trace.terms[index].formula != .given {
                term = index
            }
            switch (answer.value, term) {
            case let (.number(number), index?) where entries[index] == nil:
                entries[index] = .answered(number)
            case let (.blank, index?) where answer.remark?.hasPrefix(Self.revealed) == true:
                if entries[index] == nil { entries[index] = .revealed }
            case (.blank, _):
                continue
            default:
                if lost == nil { lost = answer }
            }
        }
        self.entries = entries
        self.lost = lost
    }

    /// The remark a revealed term is saved with, before its value.
    static let revealed = "revealed:"
}

/// Carrying on from a file and saving over it would lose a line the quiz does not keep.
struct QuizResumeError: Error {
    let file: String
    let line: Int
}
