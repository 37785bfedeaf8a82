import BackpropCore
import TemplateKit

/// The computational graph as inline SVG for HTML, laid out by ``GraphLayout``: a box per node
/// with its title, value and gradient, arrows from operands. It carries its own style sheet
/// (scoped to `.backprop-graph`), so it looks the same inside the page and on its own.
struct SVGGraph {
    let picture: GraphPicture

    static let fontSize = 11.0, lineHeight = 14.0, padding = 6.0
    static let geometry = GraphLayout.Geometry(nodeGap: 12, rankGap: 30, margin: 8, nodeHeight: 3 * 14 + 8)
    static let widths = GlyphWidths.dejaVuSerif(size: 11)

    /// The box width each node needs.
    static func boxWidths(_ picture: GraphPicture) -> [Double] {
        picture.nodes.map { node in
            let lines = [
                GraphText.width(titleRuns(node), widths),
                widths.width(picture.valueLine(node)),
                widths.width(picture.gradientLine(node)),
            ]
            return ((lines.max() ?? 0) + 2 * padding).rounded(.up)
        }
    }

    static func titleRuns(_ node: GraphPicture.Node) -> [GraphText.Run] {
        GraphText.runs(node.title) + (node.operation.map { [GraphText.Run(text: " (\($0))", style: .upright)] } ?? [])
    }

    func render() -> String {
        let layout = GraphLayout(picture, widths: Self.boxWidths(picture), geometry: Self.geometry)
        let width = Coordinate.text(layout.width), height = Coordinate.text(layout.height)
        var lines = [
            "<figure class=\"graph\">",
            "<svg class=\"backprop-graph\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" "
                + "style=\"max-width: \(width)px\" role=\"img\" aria-label=\"the computational graph\">",
            "<style>.backprop-graph { display: block; width: 100%; height: auto; margin: 0 auto; } "
                + ".backprop-graph text { font-family: \"Latin Modern Roman\", \"STIX Two Text\", \"DejaVu Serif\", Georgia, serif; "
                + "font-size: 11px; fill: #111; } "
                + ".backprop-graph .node { fill: #fff; stroke: #111; stroke-width: 1; } "
                + ".backprop-graph .given { fill: #f2f2f2; } "
                + ".backprop-graph .edge { stroke: #555; stroke-width: 1; fill: none; }</style>",
            "<defs><marker id=\"backprop-graph-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" "
                + "markerHeight=\"6\" markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>",
        ]
        for (index, node) in picture.nodes.enumerated() {
            let box = layout.boxes[index]
            for operand in node.operands {
                let from = layout.boxes[operand]
                lines.append(
                    "<line x1=\"\(Coordinate.text(from.centre.x))\" y1=\"\(Coordinate.text(from.maxY))\" "
                        + "x2=\"\(Coordinate.text(box.centre.x))\" y2=\"\(Coordinate.text(box.minY))\" "
                        + "class=\"edge\" marker-end=\"url(#backprop-graph-arrow)\"/>"
                )
            }
        }
        for (index, node) in picture.nodes.enumerated() {
            let box = layout.boxes[index]
            let kind = node.operands.isEmpty ? "node given" : "node"
            lines.append(
                "<rect x=\"\(Coordinate.text(box.minX))\" y=\"\(Coordinate.text(box.minY))\" "
                    + "width=\"\(Coordinate.text(box.width))\" height=\"\(Coordinate.text(box.height))\" rx=\"4\" class=\"\(kind)\"/>"
            )
            let top = box.minY + (Self.geometry.nodeHeight - 3 * Self.lineHeight) / 2 + Self.lineHeight / 2
            let contents = [
                Self.tspans(Self.titleRuns(node)),
                Escaping.html.escape(picture.valueLine(node)),
                Escaping.html.escape(picture.gradientLine(node)),
            ]
            for (line, content) in contents.enumerated() {
                lines.append(
                    "<text x=\"\(Coordinate.text(box.centre.x))\" y=\"\(Coordinate.text(top + Double(line) * Self.lineHeight))\" "
                        + "text-anchor=\"middle\" dominant-baseline=\"central\">\(content)</text>"
                )
            }
        }
        lines += ["</svg>", "</figure>"]
        return lines.joined(separator: "\n")
    }

    /// Runs as tspans; a lowered or raised run moves the baseline, the next run moves it back.
    private static func tspans(_ runs: [GraphText.Run]) -> String {
        var text = "", shift = 0
        for run in runs {
            let target = run.style == .lowered ? 3 : (run.style == .raised ? -4 : 0)
            var attributes = ""
            if target != shift { attributes += " dy=\"\(target - shift)\"" }
            if run.style == .italic { attributes += " font-style=\"italic\"" }
            if run.style == .lowered || run.style == .raised { attributes += " font-size=\"75%\"" }
            // A no-break space: SVG drops a tspan's leading ordinary space.
            let escaped = Escaping.html.escape(run.text).replacingOccurrences(of: " ", with: "\u{A0}")
            text += attributes.isEmpty ? "<tspan>\(escaped)</tspan>" : "<tspan\(attributes)>\(escaped)</tspan>"
            shift = target
        }
        return text
    }
}
