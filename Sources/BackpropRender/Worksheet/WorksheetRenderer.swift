import BackpropCore
import BackpropSupport

/// Writes a worksheet to fill in by hand: every term to compute, in derivation order, under its
/// section's heading, with an empty value. Filled in, it is an answers file for `backprop check`.
///
/// As text, each term is an empty `name =` line and the givens come first as comments, already
/// filled in. As Markdown, each section is a table with an empty value column (the name is the
/// first cell, the value the last), and the instructions and givens are quoted (`>`), which
/// `check` skips. With `formulas`, each term's formula is written beside it as a hint. The
/// header lines the caller gives (`#@ …`, the setup `check` reads back) follow the
/// instructions, as comments (in Markdown, inside an HTML comment).
package struct WorksheetRenderer: Sendable {
    /// The two layouts.
    package enum Format: String, Sendable, CaseIterable { case text, markdown }

    /// A value already written on the sheet (a saved quiz): the value as written, and a remark
    /// after it (`revealed: 0.3775`).
    package struct Filling: Sendable, Equatable {
        /// The value as written; empty for none.
        package let value: String
        /// A remark written after a `#`, if any (text only).
        package let remark: String?

        /// A filling.
        package init(value: String, remark: String? = nil) {
            self.value = value
            self.remark = remark
        }
    }

    /// The layout.
    package let format: Format
    /// Whether each term's formula is written beside it as a hint.
    package let formulas: Bool
    /// The options `check` must be given to mark the worksheet against the same step, as the
    /// caller writes them (`--network net.json`, `--update-biases`); named in the instructions
    /// of a worksheet without a header.
    package let checkOptions: [String]
    /// How precisely values must be written, as the instructions say it ("to at least 3
    /// significant figures"); nil for no rule.
    package let rule: String?
    /// The lines that record the setup for `check` (each starting with `#@`); none for a
    /// worksheet checked with options.
    package let header: [String]

    /// A renderer for `format`, with or without formula hints.
    package init(
        format: Format, formulas: Bool, checkOptions: [String] = [], rule: String? = nil,
        header: [String] = []
    ) {
        self.format = format
        self.formulas = formulas
        self.checkOptions = checkOptions
        self.rule = rule
        self.header = header
    }

    /// The worksheet, ending in a newline; `filled` values (by term index) are written in.
    package func render(_ trace: Trace, filled: [Int: Filling] = [:]) -> String {
        switch format {
        case .text: text(trace, filled)
        case .markdown: markdown(trace, filled)
        }
    }

    /// What to do with the sheet: the sentence that leads to the command, the command, and
    /// what follows it.
    private var instructions: (lead: String, command: String, rest: String) {
        let how = rule.map { ", \($0)," } ?? " (to any number of decimals)"
        let command = (["backprop check FILE"] + (header.isEmpty ? checkOptions : [])).joined(separator: " ")
        let rest = header.isEmpty
            ? "Give check the same network options as this worksheet. Empty values are not judged."
            : "Empty values are not judged. The #@ lines record the network for check: leave "
                + "them as they are."
        let write = format == .text ? "Write each value after its '='" : "Fill in the value column"
        return ("\(write)\(how) then check it with", command, rest)
    }

    private func text(_ trace: Trace, _ filled: [Int: Filling]) -> String {
        let writer = FormulaText(trace: trace)
        let naming = trace.naming
        var text = "# backprop worksheet: \(StepDescription.step(trace)) of \(StepDescription.network(trace)), by hand.\n"
        let (lead, command, rest) = instructions
        text += Wrapping.lines(lead, first: "# ", rest: "# ") + "\n#   \(command)\n"
        text += Wrapping.lines(rest, first: "# ", rest: "# ") + "\n"
        if !header.isEmpty { text += "\n" + header.joined(separator: "\n") + "\n" }
        var index = 0
        for section in WorksheetSection.sections(of: trace) {
            text += "\n# \(section.title)\n"
            for term in section.terms {
                defer { index += 1 }
                let name = naming.name(term.id)
                if section.isGiven {
                    text += "#   \(name) = \(JSONNumber.text(term.value))\n"
                    continue
                }
                if formulas { text += "# \(name) = \(writer.symbolic(term))\n" }
                text += "\(name) ="
                if let filling = filled[index] {
                    if !filling.value.isEmpty { text += " " + filling.value }
                    if let remark = filling.remark { text += "   # " + remark }
                }
                text += "\n"
            }
        }
        return text
    }

    private func markdown(_ trace: Trace, _ filled: [Int: Filling]) -> String {
        let writer = FormulaText(trace: trace)
        let naming = trace.naming
        var text = """
            # Worksheet: \(StepDescription.step(trace)) of \(StepDescription.network(trace))\(StepDescription.options(header.isEmpty ? checkOptions : []))

            > \(instructions.lead) `\(instructions.command)`. \(instructions.rest)

            """
        if !header.isEmpty {
            text += "\n<!--\n"
            text += header.joined(separator: "\n") + "\n-->\n"
        }
        var index = 0
        for section in WorksheetSection.sections(of: trace) {
            text += "\n## \(section.title)\n\n"
            if section.isGiven {
                text += "> | given | value |\n> |---|---|\n"
                for term in section.terms {
                    text += "> | `\(naming.name(term.id))` | \(JSONNumber.text(term.value)) |\n"
                    index += 1
                }
                continue
            }
            text += formulas ? "| term | formula | value |\n|---|---|---|\n" : "| term | value |\n|---|---|\n"
            for term in section.terms {
                defer { index += 1 }
                text += "| `\(naming.name(term.id))` |"
                if formulas { text += " `\(writer.symbolic(term))` |" }
                text += " \(filled[index]?.value ?? "") |\n"
            }
        }
        return text
    }
}
