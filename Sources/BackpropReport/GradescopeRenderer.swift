import BackpropCheck
import BackpropCore
import BackpropRender

/// Writes the `results.json` of Gradescope's autograder specification for one answers file:
/// `score` (the terms answered right), `output` (the whole text report), and one test per term
/// the step asks for, in derivation order, worth one point: `name`, `number`, `score`,
/// `max_score`, `status` (`passed` or `failed`) and `output` (what was written and its mark).
/// Set the assignment's points to the number of terms.
package struct GradescopeRenderer: Sendable {
    /// How expected values are printed in the explanations.
    package let format: NumberFormat
    /// How the options the report mentions are spelled.
    package let options: OptionNames

    /// A renderer with `format` for the explanations' numbers.
    package init(format: NumberFormat, options: OptionNames) {
        self.format = format
        self.options = options
    }

    /// The results of one checked sheet, ending in a newline.
    package func render(_ sheet: CheckedSheet) -> String {
        let report = sheet.report
        let trace = sheet.trace
        var verdictOf: [Int: Verdict] = [:]
        for verdict in report.verdicts where verdict.mark != .duplicate {
            if let term = verdict.term, verdictOf[term] == nil { verdictOf[term] = verdict }
        }
        var diagnosisOf: [Int: Diagnosis] = [:]
        var repeatOf: [Int: Verdict] = [:]
        for mistake in report.mistakes {
            diagnosisOf[mistake.term] = mistake.diagnosis
            for repeated in mistake.sameSlip { if let term = repeated.term { repeatOf[term] = mistake.verdict } }
        }
        let text = DiagnosisText(trace: trace, options: options)
        let plain = CheckTextRenderer(format: format, style: .plain, options: options)
        var json = JSONWriter(capacity: 200 * report.asked + 4096)
        json.raw("{\n  \"score\": \(report.points),\n  \"output\": ")
        json.string(plain.render(sheet))
        json.raw(",\n  \"output_format\": \"text\",\n  \"tests\": [")
        var number = 0
        for (index, term) in trace.terms.enumerated() where term.formula != .given {
            number += 1
            json.raw(number == 1 ? "\n    " : ",\n    ")
            let verdict = verdictOf[index]
            let first = repeatOf[index]
            let countedOnce = report.sameSlip == .once && first != nil
            let right = verdict?.mark == .correct || verdict?.mark == .carried || countedOnce
            json.raw("{\"name\": ")
            json.string(trace.name(of: term))
            json.raw(", \"number\": \"\(number)\", \"score\": \(right ? 1 : 0), \"max_score\": 1")
            json.raw(", \"status\": \"\(right ? "passed" : "failed")\", \"output\": ")
            var output = "not answered"
            if let verdict {
                output = "line \(verdict.answer.line): \(MarkText.answer(verdict)): "
                    + MarkText.words(verdict, marking: report.marking, style: .plain, options: options)
                if let diagnosis = diagnosisOf[index] {
                    output += ". " + text.sentence(diagnosis, mistake: index)
                }
                if let first {
                    output += ". The same slip as line \(first.answer.line) (\(first.name))"
                        + (countedOnce ? ", counted once" : "")
                }
            }
            json.string(output)
            json.raw("}")
        }
        json.raw(number == 0 ? "]\n}\n" : "\n  ]\n}\n")
        return json.text
    }

    /// The results for a file that could not be read: no points, and why.
    package func render(source: String, error message: String) -> String {
        var json = JSONWriter(capacity: 256)
        json.raw("{\n  \"score\": 0,\n  \"output\": ")
        json.string("\(source) could not be checked: \(message)")
        json.raw(",\n  \"output_format\": \"text\",\n  \"tests\": []\n}\n")
        return json.text
    }
}
