import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropSupport

/// Writes check reports as JSON for autograders; `docs/check.md` describes the shape.
///
/// One file gives one object: `file`, `network` (where the step came from), `marking`,
/// `verdicts` (`{line, name, written, expected, mark}` and, by mark, `suggestion`, `reason`,
/// `duplicateOf`, `fromYourValues`, `accepted`, or an unreadable line's `text`, `problem` and
/// `message`), `firstMistake`, `mistakes` (`{name, line, written, expected, slip, diagnosis,
/// sameSlipLines}`, one per distinct slip) and `score` (with `distinctMistakes` and `points`). Several files give `{"files": [...]}` with one such object per file, or
/// `{file, error}` for a file that could not be read.
package struct CheckJSONRenderer: Sendable {
    /// How the options the report mentions are spelled.
    package let options: OptionNames

    /// A renderer; JSON always carries full precision.
    package init(options: OptionNames) {
        self.options = options
    }

    /// One report as one object, ending in a newline.
    package func render(_ sheet: CheckedSheet) -> String {
        var json = JSONWriter(capacity: 160 * sheet.report.verdicts.count + 512)
        write(sheet, indent: "", notes: SheetNote.notes([.checked(sheet)])[0], into: &json)
        json.raw("\n")
        return json.text
    }

    /// Several files' outcomes as `{"files": [...]}`, ending in a newline.
    package func render(_ outcomes: [CheckOutcome]) -> String {
        var json = JSONWriter(capacity: 4096)
        json.raw("{\n  \"files\": [")
        for (index, (outcome, notes)) in zip(outcomes, SheetNote.notes(outcomes)).enumerated() {
            json.raw(index == 0 ? "\n    " : ",\n    ")
            switch outcome {
            case let .checked(sheet):
                write(sheet, indent: "    ", notes: notes, into: &json)
            case let .unreadable(source, message):
                json.raw("{\"file\": ")
                json.string(source)
                json.raw(", \"error\": ")
                json.string(message)
                json.raw("}")
            }
        }
        json.raw("\n  ]\n}\n")
        return json.text
    }

    private func write(
        _ sheet: CheckedSheet, indent: String, notes: [SheetNote] = [], into json: inout JSONWriter
    ) {
        let report = sheet.report
        json.raw("{\n\(indent)  \"file\": ")
        json.string(report.source)
        json.raw(",\n\(indent)  \"notes\": [")
        json.raw(notes.map { "\"\($0.rawValue)\"" }.joined(separator: ", "))
        json.raw("]")
        json.raw(",\n\(indent)  \"network\": ")
        json.string(Self.origin(sheet.origin))
        json.raw(",\n\(indent)  \"marking\": ")
        switch report.marking {
        case let .significantFigures(figures): json.raw("{\"minDigits\": \(figures)}")
        case let .decimals(decimals): json.raw("{\"decimals\": \(decimals)}")
        }
        json.raw(",\n\(indent)  \"verdicts\": [")
        for (index, verdict) in report.verdicts.enumerated() {
            json.raw(index == 0 ? "\n\(indent)    " : ",\n\(indent)    ")
            write(verdict, into: &json)
        }
        json.raw(report.verdicts.isEmpty ? "],\n" : "\n\(indent)  ],\n")
        let text = DiagnosisText(trace: sheet.trace, options: options)
        json.raw("\(indent)  \"firstMistake\": ")
        if let mistake = report.firstMistake {
            write(mistake, text, into: &json)
        } else {
            json.raw("null")
        }
        json.raw(",\n\(indent)  \"mistakes\": [")
        for (index, mistake) in report.mistakes.enumerated() {
            json.raw(index == 0 ? "\n\(indent)    " : ",\n\(indent)    ")
            write(mistake, text, into: &json)
        }
        json.raw(report.mistakes.isEmpty ? "]" : "\n\(indent)  ]")
        let score = report.score
        json.raw(",\n\(indent)  \"score\": {\"right\": \(score.right), \"judged\": \(score.judged)")
        json.raw(", \"asked\": \(report.asked)")
        json.raw(", \"correct\": \(score.correct), \"carried\": \(score.carried)")
        json.raw(", \"wrong\": \(score.wrong), \"tooImprecise\": \(score.imprecise)")
        json.raw(", \"unreadable\": \(score.unreadable), \"unknown\": \(score.unknown)")
        json.raw(", \"notAsked\": \(score.notAsked), \"duplicate\": \(score.duplicate)")
        json.raw(", \"blank\": \(score.blank)")
        json.raw(", \"distinctMistakes\": \(report.distinctMistakes), \"points\": \(report.points)")
        json.raw(", \"sameSlip\": ")
        json.string(report.sameSlip.rawValue)
        json.raw("}\n\(indent)}")
    }

    /// `worksheet`, `options` or `reference`.
    static func origin(_ origin: CheckedSheet.Origin) -> String {
        switch origin {
        case .worksheet: return "worksheet"
        case .options: return "options"
        case .reference: return "reference"
        }
    }

    private func write(_ mistake: Mistake, _ text: DiagnosisText, into json: inout JSONWriter) {
        json.raw("{\"name\": ")
        json.string(mistake.verdict.name)
        json.raw(", \"line\": \(mistake.verdict.answer.line), \"written\": ")
        writeNumber(mistake.verdict.number, into: &json)
        json.raw(", \"expected\": ")
        json.number(mistake.verdict.expected ?? .nan)
        json.raw(", \"slip\": ")
        if let diagnosis = mistake.diagnosis { json.string(diagnosis.slip.rawValue) } else { json.raw("null") }
        json.raw(", \"diagnosis\": ")
        if let diagnosis = mistake.diagnosis {
            json.string(text.sentence(diagnosis, mistake: mistake.term))
        } else {
            json.raw("null")
        }
        json.raw(", \"sameSlipLines\": [")
        json.raw(mistake.sameSlip.map { String($0.answer.line) }.joined(separator: ", "))
        json.raw("]}")
    }

    private func write(_ verdict: Verdict, into json: inout JSONWriter) {
        json.raw("{\"line\": \(verdict.answer.line), \"name\": ")
        json.string(verdict.name)
        if verdict.answer.name != verdict.name, !verdict.answer.name.isEmpty {
            json.raw(", \"writtenName\": ")
            json.string(verdict.answer.name)
        }
        json.raw(", \"written\": ")
        writeNumber(verdict.number, into: &json)
        json.raw(", \"expected\": ")
        if let expected = verdict.expected { json.number(expected) } else { json.raw("null") }
        json.raw(", \"mark\": ")
        json.string(verdict.mark.rawValue)
        switch verdict.note {
        case let .didYouMean(name)?:
            json.raw(", \"suggestion\": ")
            json.string(name)
        case let .notComputed(option)?:
            json.raw(", \"reason\": ")
            json.string(MarkText.reason(option, options))
        case .given?:
            json.raw(", \"reason\": \"given\"")
        case let .duplicate(line)?:
            json.raw(", \"duplicateOf\": \(line)")
        case let .unreadable(unreadable)?:
            json.raw(", \"text\": ")
            json.string(unreadable.text)
            json.raw(", \"problem\": ")
            json.string(UnreadableText.id(unreadable.problem))
            json.raw(", \"message\": ")
            json.string(UnreadableText.reason(unreadable))
        case let .accepted(diagnosis)?:
            json.raw(", \"accepted\": ")
            json.string(diagnosis.slip.rawValue)
        case nil:
            break
        }
        if let own = verdict.fromOwnValues {
            json.raw(", \"fromYourValues\": ")
            json.number(own)
        }
        json.raw("}")
    }

    /// The number as written when that is valid JSON (keeping `0.40`'s digits), else its value;
    /// null for none.
    private func writeNumber(_ number: WrittenNumber?, into json: inout JSONWriter) {
        guard let number else {
            json.raw("null")
            return
        }
        if Self.isJSONNumber(number.text) { json.raw(number.text) } else { json.number(number.value) }
    }

    /// Whether `text` follows JSON's number grammar.
    static func isJSONNumber(_ text: String) -> Bool { JSONNumberGrammar.matches(text) }
}
