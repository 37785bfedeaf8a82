import BackpropCore
import BackpropSupport

/// `explain --expr --format dot`: the expression's graph in Graphviz's DOT language, and
/// `--format list`: every named node's value and gradient, one per line, at full precision.
package struct ExpressionGraphRenderers: Sendable {
    package let numbers: NumberFormat

    package init(numbers: NumberFormat) { self.numbers = numbers }

    package func dot(_ trace: ExpressionTrace) -> String {
        let notation = ExpressionNotation(trace: trace, numbers: numbers)
        return DOTGraph(
            picture: GraphPicture(expression: trace, notation: notation),
            description: "the expression \(trace.names[trace.output] ?? "")"
        ).render()
    }

    package func list(_ trace: ExpressionTrace) -> String {
        var lines: [String] = []
        let output = trace.names[trace.output] ?? "output"
        for (index, name) in trace.names.enumerated() {
            guard let name else { continue }
            lines.append("\(name) = \(JSONNumber.text(trace.nodes[index].value))")
            lines.append("d\(output)/d\(name) = \(JSONNumber.text(trace.gradients[index]))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
