import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropSupport

/// Writes check reports as JSON for autograders; `docs/check.md` describes the shape.
///
/// One file gives one object: `file`, `verdicts` (`{line, name, written, expected, mark}` and,
/// by mark, `suggestion`, `reason`, `duplicateOf` or `fromYourValues`), `firstMistake`
/// (`{name, line, written, expected, slip, diagnosis}` or null) and `score`. Several files give
/// `{"files": [...]}` with one such object per file, or `{file, error}` for a file that could
/// not be read.
public struct CheckJSONRenderer: Sendable {
    /// The step the answers were checked against.
    public let trace: Trace
    /// How the options the report mentions are spelled.
    public let options: OptionNames

    /// A renderer for reports on `trace`; JSON always carries full precision.
    public init(trace: Trace, options: OptionNames) {
        self.trace = trace
        self.options = options
    }

    /// One report as one object, ending in a newline.
    public func render(_ report: CheckReport) -> String {
        var json = JSONWriter(capacity: 128 * report.verdicts.count + 512)
        write(report, indent: "", into: &json)
        json.raw("\n")
        return json.text
    }

    /// Several files' outcomes as `{"files": [...]}`, ending in a newline.
    public func render(_ outcomes: [CheckOutcome]) -> String {
        var json = JSONWriter(capacity: 4096)
        json.raw("{\n  \"files\": [")
        for (index, outcome) in outcomes.enumerated() {
            json.raw(index == 0 ? "\n    " : ",\n    ")
            switch outcome {
            case let .checked(report):
                write(report, indent: "    ", into: &json)
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

    private func write(_ report: CheckReport, indent: String, into json: inout JSONWriter) {
        json.raw("{\n\(indent)  \"file\": ")
        json.string(report.source)
        json.raw(",\n\(indent)  \"verdicts\": [")
        for (index, verdict) in report.verdicts.enumerated() {
            json.raw(index == 0 ? "\n\(indent)    " : ",\n\(indent)    ")
            write(verdict, into: &json)
        }
        json.raw(report.verdicts.isEmpty ? "],\n" : "\n\(indent)  ],\n")
        json.raw("\(indent)  \"firstMistake\": ")
        if let mistake = report.firstMistake {
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
                json.string(DiagnosisText(trace: trace, options: options).sentence(diagnosis, mistake: mistake.term))
            } else {
                json.raw("null")
            }
            json.raw("}")
        } else {
            json.raw("null")
        }
        let score = report.score
        json.raw(",\n\(indent)  \"score\": {\"right\": \(score.right), \"judged\": \(score.judged)")
        json.raw(", \"correct\": \(score.correct), \"carried\": \(score.carried)")
        json.raw(", \"wrong\": \(score.wrong), \"unknown\": \(score.unknown)")
        json.raw(", \"notAsked\": \(score.notAsked), \"duplicate\": \(score.duplicate)")
        json.raw(", \"blank\": \(score.blank)}\n\(indent)}")
    }

    private func write(_ verdict: Verdict, into json: inout JSONWriter) {
        json.raw("{\"line\": \(verdict.answer.line), \"name\": ")
        json.string(verdict.name)
        if verdict.answer.name != verdict.name {
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
        case nil:
            break
        }
        if let own = verdict.fromOwnValues {
            json.raw(", \"fromYourValues\": ")
            json.number(own)
        }
        json.raw("}")
    }

    /// The number as written when that is valid JSON (keeping `0.40`'s digits), else its value.
    private func writeNumber(_ number: WrittenNumber, into json: inout JSONWriter) {
        if Self.isJSONNumber(number.text) { json.raw(number.text) } else { json.number(number.value) }
    }

    /// Whether `text` follows JSON's number grammar.
    static func isJSONNumber(_ text: String) -> Bool { JSONNumberGrammar.matches(text) }
}
