import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropSupport

/// Writes one answers file's check for a person: a line per answer with its mark, the wrong
/// answers explained (each, or the first), and the score.
public struct CheckTextRenderer: Sendable {
    /// How expected values are printed in the explanations (the verdict lines use the student's
    /// own number of decimals).
    public let format: NumberFormat
    /// Colour, or none.
    public let style: TextStyle
    /// How the options the report mentions are spelled.
    public let options: OptionNames

    /// A renderer with `format` for the explanations' numbers.
    public init(format: NumberFormat, style: TextStyle, options: OptionNames) {
        self.format = format
        self.style = style
        self.options = options
    }

    /// The text, ending in a newline.
    public func render(_ sheet: CheckedSheet) -> String {
        let report = sheet.report
        var text = "Checking \(UnreadableText.quoted(report.source)) against "
            + (sheet.trace.options.tracedStep == 1 ? "one step" : "step \(sheet.trace.options.tracedStep)") + " of "
            + StepDescription.network(sheet.trace) + StepDescription.options(sheet.options)
            + (sheet.origin == .worksheet ? ", the one its worksheet records" : "") + ".\n"
        if sheet.mayBeForAnotherNetwork { text += Wrapping.lines(Self.anotherNetwork(sheet, options), first: "", rest: "") + "\n" }
        text += "\n"
        if report.verdicts.isEmpty {
            text += "No answers to check: every value is empty.\n"
        } else {
            text += verdictLines(report)
        }
        text += "\n"
        for (position, mistake) in report.mistakes.enumerated() {
            text += explanation(mistake, position: position, of: report, trace: sheet.trace) + "\n"
        }
        if report.mistakes.isEmpty, report.score.judged > 0, report.score.wrong == 0 {
            text += "No mistakes in the values you wrote.\n\n"
        }
        text += scoreLine(report.score) + "\n"
        return text
    }

    /// The note for a sheet checked against the reference only because it records no network.
    static func anotherNetwork(_ sheet: CheckedSheet, _ options: OptionNames) -> String {
        "\(UnreadableText.quoted(sheet.report.source)) records no network (it has no worksheet "
            + "header) and no network options were given, so it was checked against the "
            + "reference network. Made for another network? Give check its numbers "
            + "(\(options.networkValues))."
    }

    private func verdictLines(_ report: CheckReport) -> String {
        let verdicts = report.verdicts
        let answers = verdicts.map(MarkText.answer)
        let width = min(44, answers.map(\.count).max() ?? 0)
        let lineWidth = String(verdicts.map(\.answer.line).max() ?? 0).count
        var text = ""
        for (verdict, answer) in zip(verdicts, answers) {
            let line = String(verdict.answer.line)
            text += "  " + String(repeating: " ", count: lineWidth - line.count) + line + "  "
            text += MarkText.symbol(verdict.mark, style: style) + " "
            text += answer + String(repeating: " ", count: max(0, width - answer.count) + 2)
            text += MarkText.words(verdict, marking: report.marking, style: style, options: options)
            text += "\n"
        }
        return text
    }

    /// "Mistake: net_o1 on line 5", "First of 3 mistakes: …", "Mistake 2 of 3: …".
    private func title(position: Int, of report: CheckReport) -> String {
        let wrong = report.score.wrong
        if wrong <= 1 { return "Mistake" }
        if report.mistakes.count < wrong { return "First of \(wrong) mistakes" }
        return "Mistake \(position + 1) of \(wrong)"
    }

    private func explanation(
        _ mistake: Mistake, position: Int, of report: CheckReport, trace: Trace
    ) -> String {
        let term = trace.terms[mistake.term]
        let name = trace.name(of: term)
        let verdict = mistake.verdict
        var text = style.bold(
            "\(title(position: position, of: report)): \(name) on line \(verdict.answer.line)"
        ) + "\n"
        text += "  you wrote  \(verdict.number?.text ?? "")\n"
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
        if score.imprecise > 0 { text += ", \(score.imprecise) too imprecise to judge" }
        var others: [String] = []
        if score.unreadable > 0 {
            others.append("\(score.unreadable) unreadable line\(score.unreadable == 1 ? "" : "s")")
        }
        if score.unknown > 0 { others.append("\(score.unknown) unknown name\(score.unknown == 1 ? "" : "s")") }
        if score.duplicate > 0 { others.append("\(score.duplicate) repeated") }
        if score.notAsked > 0 { others.append("\(score.notAsked) not asked") }
        if score.blank > 0 { others.append("\(score.blank) left empty") }
        if !others.isEmpty { text += "; " + others.joined(separator: ", ") }
        return text + "."
    }
}
