import BackpropCore
import TemplateKit

/// `explain --expr --format json`: every node the output depends on, in topological order, with
/// its name, operation, operands (by name, or a constant's value), value, gradient and local
/// derivatives, at full precision; then the output and the gradient step, if one was asked for.
/// Streamed in pieces of about 64 KiB; linear in the number of nodes.
package struct ExpressionJSONRenderer: Sendable {
    package init() {}

    package func render<Sink: TemplateSink>(_ trace: ExpressionTrace, step: ExpressionStep?, into sink: inout Sink) throws {
        var json = JSONWriter(capacity: 1 << 17)
        json.raw("{\n  \"format\": \"backprop-expression\",\n  \"version\": 1,\n  \"output\": ")
        json.string(name(trace, trace.output))
        json.raw(",\n  \"value\": ")
        json.number(trace.nodes[trace.output].value)
        json.raw(",\n  \"nodes\": [")
        for (index, node) in trace.nodes.enumerated() {
            json.raw(index == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ")
            json.string(name(trace, index))
            json.raw(", \"operation\": ")
            switch node.kind {
            case .input: json.string("input")
            case .constant: json.string("constant")
            case let .operation(operation): json.string(operation.name)
            }
            if let power = node.operation as? Power {
                json.raw(", \"exponent\": ")
                json.number(power.exponent)
            }
            json.raw(", \"operands\": ")
            json.strings(node.operands.map { name(trace, $0) })
            json.raw(", \"value\": ")
            json.number(node.value)
            json.raw(", \"grad\": ")
            json.number(trace.gradients[index])
            json.raw(", \"local_derivatives\": ")
            json.numbers(node.localDerivatives)
            json.raw("}")
            try json.flush(into: &sink)
        }
        json.raw("\n  ]")
        if let step {
            json.raw(",\n  \"step\": {\"learning_rate\": ")
            json.number(step.learningRate)
            json.raw(", \"parameters\": [")
            for (index, update) in step.updates.enumerated() {
                json.raw(index == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ")
                json.string(name(trace, update.node))
                json.raw(", \"value\": ")
                json.number(update.value)
                json.raw(", \"grad\": ")
                json.number(update.gradient)
                json.raw(", \"updated\": ")
                json.number(update.updated)
                json.raw("}")
            }
            json.raw("\n  ]}")
        }
        json.raw("\n}\n")
        try json.flush(into: &sink, atLeast: 0)
    }

    /// A node's name; a constant's is its value as written (`2`).
    private func name(_ trace: ExpressionTrace, _ node: Int) -> String {
        trace.names[node] ?? NumberFormat.exact(trace.nodes[node].value)
    }
}
