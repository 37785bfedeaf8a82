import BackpropCore

/// The computational graph for a terminal: the backward pass as an indented tree from E_total
/// down to the givens, each node's value and gradient on its line. A node reached a second way
/// is not expanded again (its line says so), which keeps the tree as long as the graph.
struct TextGraphTree {
    let picture: GraphPicture
    let ascii: Bool

    func render() -> String {
        guard let root = picture.nodes.indices.last else { return "" }
        let math = ascii ? LinearMathWriter.ascii : .unicode
        var lines: [String] = []
        var shown = Set<Int>()
        // Depth first without recursion: the graph can be deep.
        var stack: [(node: Int, prefix: String, branch: String)] = [(root, "", "")]
        while let (node, prefix, branch) = stack.popLast() {
            let item = picture.nodes[node]
            let times = ascii ? "x" : "×"
            var line = prefix + branch + math.write(item.title) + " = " + item.value.written(math, times: times)
            let gradient = item.gradient.map { "grad " + $0.written(math, times: times) } ?? "constant"
            let childPrefix = prefix + (branch.isEmpty ? "" : (branch == lastBranch ? "    " : (ascii ? "|   " : "│   ")))
            let again = shown.contains(node)
            // A layer's vectors are long: the gradient goes on a line of its own, under the value.
            if !picture.isLayerLevel { line += "   " + gradient }
            if let operation = item.operation { line += "   (\(operation))" }
            if again, !item.operands.isEmpty { line += "   (see above)" }
            lines.append("  " + line)
            if picture.isLayerLevel {
                let bar = item.operands.isEmpty || again ? "    " : (ascii ? "|   " : "│   ")
                lines.append("  " + childPrefix + bar + gradient)
            }
            shown.insert(node)
            guard !again else { continue }
            for (index, operand) in item.operands.enumerated().reversed() {
                stack.append((operand, childPrefix, index == item.operands.count - 1 ? lastBranch : middleBranch))
            }
        }
        return lines.joined(separator: "\n")
    }

    private var middleBranch: String { ascii ? "|-- " : "├── " }
    private var lastBranch: String { ascii ? "`-- " : "└── " }
}
