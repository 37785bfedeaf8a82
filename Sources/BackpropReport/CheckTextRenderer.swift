import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropSupport

/// Writes one answers file's check for a person: a line per answer with its mark, the wrong
/// answers explained (each, or the first), and the score.
package struct CheckTextRenderer: Sendable {
    /// How expected values are printed in the explanations (the verdict lines use the student's
    /// own number of decimals).
    package let format: NumberFormat
    /// Colour, or none.
    package let style: TextStyle
    /// How the options the report mentions are spelled.
    package let options: OptionNames

    /// A renderer with `format` for the explanations' numbers.
    package init(format: NumberFormat, style: TextStyle, options: OptionNames) {
        self.format = format
        self.style = style
        self.options = options
    }

    /// The text, ending in a newline.
    package func render(_ sheet: CheckedSheet) -> String {
        let report = sheet.report
        if report.isBlank {
            let empty = report.score.blank == 0
                ? "no value is written in it" : "all \(report.score.blank) of its values are empty"
            return "\(UnreadableText.quoted(report.source)) is a blank sheet: \(empty), so nothing "
                + "was checked.\n"
        }
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
        text += scoreLine(report) + "\n"
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

    /// "Mistake: net_o1 on line 5", "First of 3 mistakes: …", "Mistake 2 of 3: …", counting a
    /// slip repeated on several lines once.
    private func title(position: Int, of report: CheckReport) -> String {
        let distinct = report.distinctMistakes
        if distinct <= 1 { return "Mistake" }
        if report.mistakes.count < distinct { return "First of \(distinct) mistakes" }
        return "Mistake \(position + 1) of \(distinct)"
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
            let steps = [formulas.symbolic(term), formulas.substituted(term), format.string(term.value)]
            // An equal step says nothing: dnet_o1/dout_h1 = w5 = 0.4, not = 0.4 = 0.4.
            for (position, step) in steps.enumerated() where position == 0 || step != steps[position - 1] {
                text += "  " + (position == 0 ? "\(name) =" : "\(indent)=") + " \(step)\n"
            }
        }
        let sentence = mistake.diagnosis.map {
            DiagnosisText(trace: trace, options: options).sentence($0, mistake: mistake.term)
        } ?? "No known slip gives your value; recompute this step from the formula above."
        text += Wrapping.lines(sentence, first: "  Diagnosis: ", rest: "  ") + "\n"
        if !mistake.sameSlip.isEmpty {
            text += Wrapping.lines(Self.sameSlip(mistake), first: "  ", rest: "  ") + "\n"
        }
        return text
    }

    /// "The same slip gives lines 5 and 7 (net_o1, out_o1): one mistake, explained once."
    static func sameSlip(_ mistake: Mistake) -> String {
        let lines = mistake.sameSlip.map { String($0.answer.line) }
        let names = mistake.sameSlip.map(\.name)
        let shown = names.count <= 4 ? names : names.prefix(3) + ["…"]
        return "The same slip gives line\(lines.count == 1 ? "" : "s") \(ProseList.joined(lines)) "
            + "(\(shown.joined(separator: ", "))): one mistake, explained once."
    }


    private func scoreLine(_ report: CheckReport) -> String {
        let score = report.score
        var text = report.points == score.right
            ? "Score: \(score.right) of \(score.judged) right"
            : "Score: \(report.points) of \(score.judged) (a repeated slip counted once), \(score.right) right"
        if score.carried > 0 {
            text += " (\(score.correct) correct, \(score.carried) following from your earlier values)"
        }
        text += ", \(score.wrong) wrong"
        if report.repeatedSlips > 0 {
            let distinct = report.distinctMistakes
            text += " (\(distinct) distinct mistake\(distinct == 1 ? "" : "s"))"
        }
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
