/// The backward pass over an expression graph, written once: from the output (gradient 1)
/// through the nodes in reverse topological order, each node sending its gradient times its
/// local derivative to each operand, where the contributions of every use add up.
enum ChainRule {
    /// Each node's gradient of the output, what each node sends to each of its operands, and
    /// each node's uses in the order their contributions were added.
    static func run(_ nodes: [ExpressionNode], output: Int) -> (
        gradients: [Double], contributions: [[Double]], uses: [[ExpressionTrace.Use]]
    ) {
        var gradients = Array(repeating: 0.0, count: nodes.count)
        var contributions = Array(repeating: [Double](), count: nodes.count)
        var uses = Array(repeating: [ExpressionTrace.Use](), count: nodes.count)
        gradients[output] = 1
        for index in stride(from: output, through: 0, by: -1) where !nodes[index].operands.isEmpty {
            let node = nodes[index]
            var sent = [Double]()
            sent.reserveCapacity(node.operands.count)
            for (position, operand) in node.operands.enumerated() {
                let contribution = node.localDerivatives[position] * gradients[index]
                sent.append(contribution)
                gradients[operand] += contribution
                uses[operand].append(ExpressionTrace.Use(consumer: index, position: position))
            }
            contributions[index] = sent
        }
        return (gradients, contributions, uses)
    }
}
