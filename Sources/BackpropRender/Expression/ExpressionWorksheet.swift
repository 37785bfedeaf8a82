import BackpropCore

/// A blank answer sheet for an expression, for `backprop check --expr`: the program as
/// comments, then a line per node's value (each after the formula it is computed by) in
/// forward order, and a line per gradient in backward order. Plain text in every format.
package struct ExpressionWorksheet: Sendable {
    package let trace: ExpressionTrace
    package let source: String

    package init(trace: ExpressionTrace, source: String) {
        self.trace = trace
        self.source = source
    }

    /// How each computed node is computed, in ASCII (`a*b`, `b^3`); nil for the others.
    package func formulas() -> [String?] {
        let notation = ExpressionNotation(trace: trace, numbers: .standard)
        return trace.nodes.indices.map { node in notation.formula(of: node).map { LinearMathWriter.ascii.write($0) } }
    }

    /// The sheet, with `checkCommand` (how to check it) in its heading.
    package func render(checkCommand: String) -> String {
        let output = trace.names[trace.output] ?? "output"
        var lines = [
            "# Backpropagation through an expression: a worksheet.",
            "# Fill in every value, then every gradient d\(output)/dNAME (how the output moves with the node),",
            "# to at least 4 significant figures, and check it with:",
            "#   \(checkCommand)",
            "#",
            "# The program:",
        ]
        lines += ExpressionWalkthrough.listing(source).split(separator: "\n", omittingEmptySubsequences: false).map { "#   " + $0 }
        lines += ["", "# The forward pass: each node's value."]
        let formulas = formulas()
        for node in trace.nodes.indices where trace.names[node] != nil {
            guard let name = trace.names[node] else { continue }
            if let formula = formulas[node] {
                lines.append("# \(name) = \(formula)")
                lines.append("\(name) =")
            } else {
                lines.append("# \(name) is an input: \(NumberFormat.exact(trace.nodes[node].value))")
            }
        }
        lines += ["", "# The backward pass: each gradient, from d\(output)/d\(output) = 1 down."]
        for node in trace.nodes.indices.reversed() where node != trace.output {
            guard let name = trace.names[node] else { continue }
            lines.append("d\(output)/d\(name) =")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
