/// Why a line of an answers file could not be read as `name = value`, with what is needed to
/// say how to fix it. The report phrases it.
package struct Unreadable: Sendable, Equatable {
    /// What is wrong.
    package enum Problem: Sendable, Equatable {
        /// No `=` (nor `:` or `≈`) between a name and a value.
        case noSeparator
        /// A name and a number with nothing between them: `out_h1 0.5933`.
        case missingEquals(name: String, number: String)
        /// Nothing before the `=`.
        case noName
        /// A table row with fewer than two cells.
        case shortTableRow
        /// A decimal comma: `0,0822`, with the number written with a point.
        case decimalComma(suggestion: String)
        /// A number with words around it: `0.0822 (rounded)`, `about 0.38`.
        case strayWords(number: String, words: String)
        /// A value that is no number at all.
        case notANumber
        /// An answer typed into `quiz` longer than it reads.
        case tooLong
    }

    /// The text at fault: the value as written, or the whole line when it has no value.
    package let text: String
    /// What is wrong.
    package let problem: Problem

    /// A problem with `text`.
    package init(_ text: String, _ problem: Problem) {
        self.text = text
        self.problem = problem
    }

    /// Why `value`, the value part of a line, is not a number.
    package init(value: String) {
        self.init(value, Self.diagnose(value))
    }

    private static func diagnose(_ value: String) -> Problem {
        let sign = value.prefix { $0 == "-" || $0 == "+" || $0 == "\u{2212}" }
        let body = value.dropFirst(sign.count)
        if body.filter({ $0 == "," }).count == 1, !body.contains("."),
           let number = WrittenNumber(String(sign) + body.replacingComma) {
            return .decimalComma(suggestion: number.text)
        }
        let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let numbers = words.filter { WrittenNumber(String($0)) != nil }
        if numbers.count == 1, let number = numbers.first, words.count > 1 {
            let rest = words.filter { $0 != number }.joined(separator: " ")
            return .strayWords(number: String(number), words: rest)
        }
        return .notANumber
    }
}

extension Substring {
    fileprivate var replacingComma: String {
        String(map { $0 == "," ? "." : $0 })
    }
}
