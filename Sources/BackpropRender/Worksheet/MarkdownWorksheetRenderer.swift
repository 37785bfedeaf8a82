import BackpropCore

/// Writes a worksheet as Markdown: a table per section with an empty value column. Filled in,
/// it is an answers file for `backprop check` (the name is the first cell, the value the last).
///
/// The instructions and the givens are quoted (`>`), which `check` skips; with `formulas`, a
/// middle column holds each term's formula.
public struct MarkdownWorksheetRenderer: Sendable {
    /// Whether each term's formula gets a column of its own.
    public let formulas: Bool

    /// The network file the worksheet's network came from, named in the instructions.
    public let networkFile: String?

    /// A renderer, with or without the formula column.
    public init(formulas: Bool, networkFile: String? = nil) {
        self.formulas = formulas
        self.networkFile = networkFile
    }

    /// The worksheet, ending in a newline.
    public func render(_ trace: Trace) -> String {
        let writer = FormulaText(trace: trace)
        var text = """
            # Worksheet: one training step of \(StepDescription.network(trace))\(StepDescription.options(trace, networkFile: networkFile))

            > Fill in the value column (to any number of decimals), then check it with \
            `backprop check FILE`, giving check the same network options as this worksheet. \
            Empty cells are not judged.

            """
        for section in WorksheetSection.sections(of: trace) {
            text += "\n## \(section.title)\n\n"
            if section.isGiven {
                text += "> | given | value |\n> |---|---|\n"
                for term in section.terms {
                    text += "> | `\(term.name)` | \(JSONNumber.text(term.value)) |\n"
                }
                continue
            }
            text += formulas ? "| term | formula | value |\n|---|---|---|\n" : "| term | value |\n|---|---|\n"
            for term in section.terms {
                text += "| `\(term.name)` |"
                if formulas { text += " `\(writer.symbolic(term))` |" }
                text += "  |\n"
            }
        }
        return text
    }
}
