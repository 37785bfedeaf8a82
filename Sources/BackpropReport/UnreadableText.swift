import BackpropCheck
import BackpropSupport

/// Why a line could not be read, and how to write it, in one phrase.
enum UnreadableText {
    /// "a decimal comma: write 0.0822".
    static func reason(_ unreadable: Unreadable) -> String {
        switch unreadable.problem {
        case .noSeparator:
            return "not 'name = value'"
        case let .missingEquals(name, number):
            return "no '=': write '\(name) = \(number)'"
        case .noName:
            return "no name before the '='"
        case .shortTableRow:
            return "a table row needs a name cell and a value cell"
        case let .decimalComma(suggestion):
            return "a decimal comma: write \(suggestion)"
        case let .strayWords(number, words):
            let remark = words.hasPrefix("(") && words.hasSuffix(")") ? String(words.dropFirst().dropLast()) : words
            return "'\(quoted(words))' is not part of a number: write remarks after a '#' "
                + "(\(quoted(number)) # \(quoted(remark)))"
        case .notANumber:
            return "'\(quoted(unreadable.text))' is not a number"
        case .tooLong:
            return "too long to be a number"
        }
    }

    /// The id of a problem in JSON: `decimal-comma`.
    static func id(_ problem: Unreadable.Problem) -> String {
        switch problem {
        case .noSeparator: return "no-separator"
        case .missingEquals: return "missing-equals"
        case .noName: return "no-name"
        case .shortTableRow: return "short-table-row"
        case .decimalComma: return "decimal-comma"
        case .strayWords: return "stray-words"
        case .notANumber: return "not-a-number"
        case .tooLong: return "too-long"
        }
    }

    /// The line as it is shown in a report: `name = value` when it has a name, else its text.
    static func shown(_ answer: Answer, _ unreadable: Unreadable) -> String {
        switch unreadable.problem {
        case .missingEquals, .noSeparator, .noName, .shortTableRow: return quoted(unreadable.text)
        default: return answer.name.isEmpty ? quoted(unreadable.text) : "\(answer.name) = \(quoted(unreadable.text))"
        }
    }

    /// At most 40 characters, control characters escaped: student text must not drive the
    /// terminal.
    static func quoted(_ text: String) -> String {
        OneLine.escaped(text.count <= 40 ? text : String(text.prefix(37)) + "...")
    }
}
