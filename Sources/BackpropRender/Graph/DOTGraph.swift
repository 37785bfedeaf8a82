import BackpropCore

/// The computational graph in Graphviz's DOT language, as micrograd draws it: a record per value
/// (title | value | grad), arrows from operands, top to bottom. `dot -Tsvg` lays it out.
struct DOTGraph {
    let picture: GraphPicture
    /// What the graph is of, for the comment at the top: "one training step of the reference
    /// 2-2-2 network".
    let description: String

    func render() -> String {
        var lines = [
            "// The computational graph of \(description), written by backprop.",
            "// Render it with: dot -Tsvg graph.dot -o graph.svg",
            "digraph backprop {",
            "  rankdir=TB;",
            "  node [shape=record, fontname=\"DejaVu Serif\", fontsize=10];",
            "  edge [color=\"#555555\"];",
        ]
        for (index, node) in picture.nodes.enumerated() {
            let title = LinearMathWriter.unicode.write(node.title) + (node.operation.map { " (\($0))" } ?? "")
            let fields = [title, picture.valueLine(node), picture.gradientLine(node)].map(Self.escaped)
            let fill = node.operands.isEmpty ? ", style=filled, fillcolor=\"#f2f2f2\"" : ""
            lines.append("  n\(index) [label=\"{\(fields.joined(separator: "|"))}\"\(fill)];")
        }
        for (index, node) in picture.nodes.enumerated() {
            for operand in node.operands { lines.append("  n\(operand) -> n\(index);") }
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A record field: the characters records and strings treat specially, backslashed.
    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            if "{}|<>\"\\".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
