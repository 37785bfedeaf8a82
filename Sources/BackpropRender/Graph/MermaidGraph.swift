import BackpropCore

/// The computational graph as a Mermaid flowchart from top to bottom (GitHub draws it): a node
/// per value with its value and gradient, arrows from operands. Mermaid lays it out itself and
/// no edge carries a label.
struct MermaidGraph {
    let picture: GraphPicture

    func render() -> String {
        var lines = ["```mermaid", "flowchart TB"]
        for (index, node) in picture.nodes.enumerated() {
            let title = LinearMathWriter.unicode.write(node.title) + (node.operation.map { " (\($0))" } ?? "")
            let text = [title, picture.valueLine(node), picture.gradientLine(node)].map(Self.escaped).joined(separator: "<br/>")
            lines.append("  n\(index)[\"\(text)\"]")
        }
        for (index, node) in picture.nodes.enumerated() {
            for operand in node.operands { lines.append("  n\(operand) --> n\(index)") }
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }

    /// Mermaid's entity codes for the characters a quoted label cannot hold.
    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\"", with: "#quot;").replacingOccurrences(of: "<", with: "#lt;")
            .replacingOccurrences(of: ">", with: "#gt;")
    }
}
