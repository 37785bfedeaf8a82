/// An expression's forward and backward pass, recorded: every node that the output depends on,
/// in topological order, with its value, local derivatives, gradient, and what it sent to each
/// operand. Renderers read it; they compute nothing.
public struct ExpressionTrace: Sendable {
    /// One use of a node: as operand `position` of node `consumer`.
    public struct Use: Sendable, Equatable {
        public let consumer: Int
        public let position: Int
    }

    /// One parameter's gradient-descent step.
    public struct Update: Sendable, Equatable {
        /// The input node.
        public let node: Int
        public let value: Double
        public let gradient: Double
        /// value − η · gradient.
        public let updated: Double
    }

    /// The nodes the output depends on, each after its operands; the output is the last.
    public let nodes: [ExpressionNode]
    /// Each node's name: the program's (`c`, a second `c` as `c_2`), `t1`, `t2`, … for
    /// unnamed operations; nil for constants.
    public let names: [String?]
    /// ∂output/∂node for each node.
    public let gradients: [Double]
    /// For each node, ∂output/∂node · ∂node/∂operand for each operand: what it sends back.
    public let contributions: [[Double]]
    /// For each node, where it is used, in the order its gradient added their contributions.
    public let uses: [[Use]]

    /// The index of the output node.
    public var output: Int { nodes.count - 1 }

    /// The trace of `output`, one of `graph`'s nodes: the nodes it does not depend on are left
    /// out, then the chain rule runs. Linear in the number of nodes and operands.
    public init(graph: [ExpressionNode], output: Int) {
        nodes = Self.ancestors(of: output, in: graph)
        names = ExpressionNaming.names(nodes)
        (gradients, contributions, uses) = ChainRule.run(nodes, output: nodes.count - 1)
    }

    /// The node named `name` (the latest version of it), if any.
    public func node(named name: String) -> Int? {
        names.lastIndex { $0 == name }
    }

    /// One gradient-descent step on `parameters` (input nodes): each moves to
    /// value − learningRate · gradient, as micrograd's training loop updates `p.data`.
    public func step(_ parameters: [Int], learningRate: Double) -> [ExpressionTrace.Update] {
        parameters.map { node in
            let value = nodes[node].value, gradient = gradients[node]
            return ExpressionTrace.Update(node: node, value: value, gradient: gradient, updated: value - learningRate * gradient)
        }
    }

    /// `output` and the nodes it depends on, renumbered in their order in `graph`.
    private static func ancestors(of output: Int, in graph: [ExpressionNode]) -> [ExpressionNode] {
        var needed = Array(repeating: false, count: output + 1)
        needed[output] = true
        var stack = [output]
        while let index = stack.popLast() {
            for operand in graph[index].operands where !needed[operand] {
                needed[operand] = true
                stack.append(operand)
            }
        }
        var newIndex = Array(repeating: -1, count: output + 1)
        var kept: [ExpressionNode] = []
        kept.reserveCapacity(output + 1)
        for index in 0...output where needed[index] {
            newIndex[index] = kept.count
            kept.append(graph[index].renumbered { newIndex[$0] })
        }
        return kept
    }
}

extension ExpressionNode {
    func renumbered(_ index: (Int) -> Int) -> ExpressionNode {
        var copy = ExpressionNode(kind: kind, operands: operands.map(index), value: value, localDerivatives: localDerivatives)
        copy.variable = variable
        return copy
    }
}
