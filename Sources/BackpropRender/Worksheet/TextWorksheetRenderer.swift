import BackpropCore

/// Writes a worksheet to fill in by hand: every term to compute, in derivation order, as an
/// empty `name =` line under its section's heading. Filled in, it is an answers file for
/// `backprop check`.
///
/// The givens come first as comments, already filled in; with `formulas`, each term has its
/// formula in a comment line above it.
public struct TextWorksheetRenderer: Sendable {
    /// Whether each term's formula is written above it as a hint.
    public let formulas: Bool

    /// The network file the worksheet's network came from, named in the instructions.
    public let networkFile: String?

    /// A renderer, with or without formula hints.
    public init(formulas: Bool, networkFile: String? = nil) {
        self.formulas = formulas
        self.networkFile = networkFile
    }

    /// The worksheet, ending in a newline.
    public func render(_ trace: Trace) -> String {
        let writer = FormulaText(trace: trace)
        var text = """
            # backprop worksheet: one training step of \(StepDescription.network(trace)), by hand.
            # Write each value after its '=' (to any number of decimals), then check it with
            #   \((["backprop check FILE"] + StepDescription.flags(trace, networkFile: networkFile)).joined(separator: " "))
            # giving check the same network options as this worksheet. Empty lines are not judged.

            """
        for section in WorksheetSection.sections(of: trace) {
            text += "\n# \(section.title)\n"
            for term in section.terms {
                if section.isGiven {
                    text += "#   \(term.name) = \(JSONNumber.text(term.value))\n"
                    continue
                }
                if formulas { text += "# \(term.name) = \(writer.symbolic(term))\n" }
                text += "\(term.name) =\n"
            }
        }
        return text
    }
}
