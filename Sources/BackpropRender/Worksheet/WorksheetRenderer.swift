import BackpropCore
import BackpropSupport

/// Writes a worksheet to fill in by hand: every term to compute, in derivation order, under its
/// section's heading, with an empty value. Filled in, it is an answers file for `backprop check`.
///
/// As text, each term is an empty `name =` line and the givens come first as comments, already
/// filled in. As Markdown, each section is a table with an empty value column (the name is the
/// first cell, the value the last), and the instructions and givens are quoted (`>`), which
/// `check` skips. With `formulas`, each term's formula is written beside it as a hint.
public struct WorksheetRenderer: Sendable {
    /// The two layouts.
    public enum Format: String, Sendable, CaseIterable { case text, markdown }

    /// The layout.
    public let format: Format
    /// Whether each term's formula is written beside it as a hint.
    public let formulas: Bool
    /// The options `check` must be given to mark the worksheet against the same step, as the
    /// caller writes them (`--network net.json`, `--update-biases`); named in the instructions.
    public let checkOptions: [String]

    /// A renderer for `format`, with or without formula hints.
    public init(format: Format, formulas: Bool, checkOptions: [String] = []) {
        self.format = format
        self.formulas = formulas
        self.checkOptions = checkOptions
    }

    /// The worksheet, ending in a newline.
    public func render(_ trace: Trace) -> String {
        switch format {
        case .text: text(trace)
        case .markdown: markdown(trace)
        }
    }

    private func text(_ trace: Trace) -> String {
        let writer = FormulaText(trace: trace)
        let naming = trace.naming
        var text = """
            # backprop worksheet: one training step of \(StepDescription.network(trace)), by hand.
            # Write each value after its '=' (to any number of decimals), then check it with
            #   \((["backprop check FILE"] + checkOptions).joined(separator: " "))
            # giving check the same network options as this worksheet. Empty lines are not judged.

            """
        for section in WorksheetSection.sections(of: trace) {
            text += "\n# \(section.title)\n"
            for term in section.terms {
                let name = naming.name(term.id)
                if section.isGiven {
                    text += "#   \(name) = \(JSONNumber.text(term.value))\n"
                    continue
                }
                if formulas { text += "# \(name) = \(writer.symbolic(term))\n" }
                text += "\(name) =\n"
            }
        }
        return text
    }

    private func markdown(_ trace: Trace) -> String {
        let writer = FormulaText(trace: trace)
        let naming = trace.naming
        var text = """
            # Worksheet: one training step of \(StepDescription.network(trace))\(StepDescription.options(checkOptions))

            > Fill in the value column (to any number of decimals), then check it with \
            `backprop check FILE`, giving check the same network options as this worksheet. \
            Empty cells are not judged.

            """
        for section in WorksheetSection.sections(of: trace) {
            text += "\n## \(section.title)\n\n"
            if section.isGiven {
                text += "> | given | value |\n> |---|---|\n"
                for term in section.terms {
                    text += "> | `\(naming.name(term.id))` | \(JSONNumber.text(term.value)) |\n"
                }
                continue
            }
            text += formulas ? "| term | formula | value |\n|---|---|---|\n" : "| term | value |\n|---|---|\n"
            for term in section.terms {
                text += "| `\(naming.name(term.id))` |"
                if formulas { text += " `\(writer.symbolic(term))` |" }
                text += "  |\n"
            }
        }
        return text
    }
}
