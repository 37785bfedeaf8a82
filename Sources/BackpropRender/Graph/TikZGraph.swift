import BackpropCore
import TemplateKit

/// The computational graph as a TikZ picture, laid out by ``GraphLayout`` with Computer
/// Modern's widths at 8 pt: a box per node (givens shaded), arrows from operands. Scaled down
/// to the line width when wider.
struct TikZGraph {
    let picture: GraphPicture

    static let padding = 4.0
    static let geometry = GraphLayout.Geometry(nodeGap: 8, rankGap: 14, margin: 0, nodeHeight: 32)
    static let widths = GlyphWidths.computerModern8

    /// The box width each node needs.
    static func boxWidths(_ picture: GraphPicture) -> [Double] {
        picture.nodes.map { node in
            let title = GraphText.width(GraphText.runs(node.title), widths)
                + (node.operation.map { widths.width(" (\($0))") } ?? 0)
            let lines = [title, widths.width(picture.valueLine(node)), widths.width(picture.gradientLine(node))]
            return ((lines.max() ?? 0) + 2 * padding).rounded(.up)
        }
    }

    func render() -> String {
        let widths = Self.boxWidths(picture)
        let layout = GraphLayout(picture, widths: widths, geometry: Self.geometry)
        let math = LaTeXMathWriter()
        var lines = [
            "\\begin{center}",
            "\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%",
            "\\begin{tikzpicture}[x=1pt, y=1pt, >=stealth,",
            "    graphnode/.style={rectangle, draw, rounded corners=2pt, align=center, inner sep=0pt, "
                + "minimum height=\(Coordinate.text(Self.geometry.nodeHeight))pt, font=\\fontsize{8}{10}\\selectfont},",
            "    given/.style={graphnode, fill=black!5}]",
        ]
        for (index, node) in picture.nodes.enumerated() {
            let box = layout.boxes[index]
            let title = "$" + math.write(node.title) + "$" + (node.operation.map { " (\(Escaping.latex.escape($0)))" } ?? "")
            let value = "value $" + node.value.written(math, times: " \\times ") + "$"
            let gradient = node.gradient.map { "grad $" + $0.written(math, times: " \\times ") + "$" } ?? "constant"
            let style = node.operands.isEmpty ? "given" : "graphnode"
            lines.append(
                "\\node[\(style), minimum width=\(Coordinate.text(box.width))pt] (n\(index)) at "
                    + "(\(Coordinate.text(box.centre.x)), \(Coordinate.text(-box.centre.y))) {\(title)\\\\ \(value)\\\\ \(gradient)};"
            )
        }
        for (index, node) in picture.nodes.enumerated() {
            for operand in node.operands {
                lines.append("\\draw[->] (n\(operand).south) -- (n\(index).north);")
            }
        }
        lines += ["\\end{tikzpicture}}", "\\end{center}"]
        return lines.joined(separator: "\n")
    }
}
