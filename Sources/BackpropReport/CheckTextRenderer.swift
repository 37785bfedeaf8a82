import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropSupport

/// Writes one answers file's check for a person: a line per answer with its mark, the first
/// mistake explained, and the score.
public struct CheckTextRenderer: Sendable {
    /// The step the answers were checked against.
    public let trace: Trace
    /// How expected values are printed in the explanation (the verdict lines use the student's
    /// own number of decimals).
    public let format: NumberFormat
    /// Colour, or none.
    public let style: TextStyle
    /// How the options the report mentions are spelled.
    public let options: OptionNames

    /// A renderer for reports on `trace`.
    public init(trace: Trace, format: NumberFormat, style: TextStyle, options: OptionNames) {
        self.trace = trace
        self.format = format
        self.style = style
        self.options = options
    }

    /// The text, ending in a newline.
    public func render(_ report: CheckReport) -> String {
        var text = "Checking \(report.source) against one step of \(StepDescription.network(trace))"
            + StepDescription.options(options.given) + ".\n\n"
        if report.verdicts.isEmpty {
            text += "No answers to check: every value is empty.\n"
        } else {
            text += verdictLines(report.verdicts)
        }
        text += "\n"
        if let mistake = report.firstMistake {
            text += explanation(mistake) + "\n"
        } else if report.score.judged > 0 {
            text += "No mistakes in the values you wrote.\n\n"
        }
        text += scoreLine(report.score) + "\n"
        return text
    }

    private func verdictLines(_ verdicts: [Verdict]) -> String {
        let answers = verdicts.map { "\($0.answer.name) = \($0.number.text)" }
        let width = min(44, answers.map(\.count).max() ?? 0)
        let lineWidth = String(verdicts.map(\.answer.line).max() ?? 0).count
        var text = ""
        for (verdict, answer) in zip(verdicts, answers) {
            let line = String(verdict.answer.line)
            text += "  " + String(repeating: " ", count: lineWidth - line.count) + line + "  "
            text += MarkText.symbol(verdict.mark, style: style) + " "
            text += answer + String(repeating: " ", count: max(0, width - answer.count) + 2)
            text += MarkText.words(verdict, style: style, options: options) + "\n"
        }
        return text
    }

    private func explanation(_ mistake: Mistake) -> String {
        let term = trace.terms[mistake.term]
        let name = trace.name(of: term)
        let verdict = mistake.verdict
        var text = style.bold("First mistake: \(name) on line \(verdict.answer.line)") + "\n"
        text += "  you wrote  \(verdict.number.text)\n"
        text += "  expected   \(format.string(term.value))\n"
        if term.formula == .given {
            text += "  \(name) is a given of the network.\n"
        } else {
            let formulas = FormulaText(trace: trace, numbers: format)
            let indent = String(repeating: " ", count: name.count + 1)
            text += "  \(name) = \(formulas.symbolic(term))\n"
            text += "  \(indent)= \(formulas.substituted(term))\n"
            text += "  \(indent)= \(format.string(term.value))\n"
        }
        let sentence = mistake.diagnosis.map {
            DiagnosisText(trace: trace, options: options).sentence($0, mistake: mistake.term)
        } ?? "No known slip gives your value; recompute this step from the formula above."
        text += Wrapping.lines(sentence, first: "  Diagnosis: ", rest: "  ") + "\n"
        return text
    }

    private func scoreLine(_ score: Score) -> String {
        var text = "Score: \(score.right) of \(score.judged) right"
        if score.carried > 0 {
            text += " (\(score.correct) correct, \(score.carried) following from your earlier values)"
        }
        text += ", \(score.wrong) wrong"
        var others: [String] = []
        if score.unknown > 0 { others.append("\(score.unknown) unknown name\(score.unknown == 1 ? "" : "s")") }
        if score.duplicate > 0 { others.append("\(score.duplicate) repeated") }
        if score.notAsked > 0 { others.append("\(score.notAsked) not asked") }
        if score.blank > 0 { others.append("\(score.blank) left empty") }
        if !others.isEmpty { text += "; " + others.joined(separator: ", ") }
        return text + "."
    }
}
