import BackpropCore

extension GraphPicture {
    /// An expression's graph as micrograd's `draw_dot` draws it: a node per value (constants
    /// included) with its operation, value and gradient.
    init(expression trace: ExpressionTrace, notation: ExpressionNotation) {
        nodes = trace.nodes.indices.map { index in
            let node = trace.nodes[index]
            return Node(
                title: notation.symbol(index), operation: node.operation?.name,
                value: .scalar(NumberFormat.exactOrRounded(node, notation.numbers)),
                gradient: node.isOperation || trace.names[index] != nil
                    ? .scalar(notation.numbers.string(trace.gradients[index])) : nil,
                operands: node.operands
            )
        }
        ranks = Self.ranks(nodes.map(\.operands))
        var counts: [Int: Int] = [:]
        for rank in ranks { counts[rank, default: 0] += 1 }
        widestScalarRank = counts.values.max() ?? 0
        isLayerLevel = false
        level = .scalar
    }
}
