import BackpropCore

/// The computational graph as JSON: every node of the scalar graph (whatever the network's
/// size), with its term's name, operation, value, gradient and operands.
struct GraphJSON {
    let trace: Trace
    let graph: ComputationalGraph

    func render() -> String {
        var json = JSONWriter(capacity: 120 * graph.nodes.count + 256)
        json.raw("{\n  \"format\": \"backprop-graph\",\n  \"version\": 1,\n  \"nodes\": [")
        for (index, node) in graph.nodes.enumerated() {
            json.raw(index == 0 ? "\n    {\"id\": \(index), \"name\": " : ",\n    {\"id\": \(index), \"name\": ")
            if let id = node.term {
                json.string(trace.naming.name(id))
            } else {
                json.string(node.operands.compactMap { graph.nodes[$0].term }.map(trace.naming.name).joined(separator: "*"))
            }
            json.raw(", \"operation\": ")
            json.string(Self.operation(node.operation))
            json.raw(", \"value\": ")
            json.number(node.value)
            json.raw(", \"gradient\": ")
            if let gradient = node.gradient { json.number(gradient) } else { json.raw("null") }
            json.raw(", \"operands\": [\(node.operands.map(String.init).joined(separator: ", "))]}")
        }
        json.raw("\n  ]\n}\n")
        return json.text
    }

    private static func operation(_ operation: ComputationalGraph.Node.Operation) -> String {
        switch operation {
        case .leaf: return "given"
        case .product: return "product"
        case .sum: return "sum"
        case let .activation(activation): return activation.rawValue
        case let .loss(loss): return loss.rawValue
        }
    }
}
