import Foundation
import BackpropCore
import TemplateKit

/// The network as inline SVG for HTML: the same picture as ``TikZDiagram``, laid out by
/// ``DiagramLayout``. It scales with the page (a `viewBox`, no fixed size) and uses no scripts,
/// fonts or links.
struct SVGDiagram {
    let trace: Trace

    /// Pixels. The label widths are DejaVu Serif's advances at the labels' 11 px (8.25 px for
    /// a subscript), the widest of the style sheet's serif fonts, rounded up.
    static let geometry = DiagramGeometry(
        columnGap: 200, rowGap: 84, radius: Double(radius) + 1, margin: 60, top: 72, headingRise: 54,
        headingHeight: 16, headingCharacter: 9.1, biasDrop: 42, biasHeight: 22, ownBiasGap: 1,
        sourceClearance: 3, targetClearance: 9, spacing: 2, step: 3, bottomMargin: 16,
        labels: LabelMetrics(
            main: LabelMetrics.each("0123456789", 7)
                .merging([".": 3.5, "-": 9.3, "w": 9.5, "b": 7.1, "n": 7.1, "a": 6.6, "i": 3.6, "f": 4.1]) { $1 },
            lowered: LabelMetrics.each("0123456789", 5.3).merging(["h": 5.4, "o": 5, "i": 2.7, ",": 2.7]) { $1 },
            otherMain: 11, otherLowered: 8.3, equals: 16.3, padding: 3, height: 17
        )
    )

    /// A neuron's circle (its outline adds 0.75 px), and the layer-by-layer picture's grid.
    private static let radius = 20, column = 95, row = 36, margin = 60

    func render() -> String {
        let detail = DiagramDetail(network: trace.network)
        let body: [String], width: String, height: String
        if detail.showsEveryNeuron {
            let layout = DiagramLayout(trace: trace, geometry: Self.geometry)
            body = neurons(layout)
            (width, height) = (Coordinate.text(layout.width), Coordinate.text(layout.height))
        } else {
            body = layers(detail)
            width = String(2 * Self.margin + 2 * (trace.network.layerCount - 1) * Self.column)
            height = String(4 * Self.row)
        }
        let arrowBack = detail.showsEveryNeuron ? 10 + Self.radius * 10 / 7 : 10
        var lines = [
            "<figure class=\"network\">",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"the network\">",
            "<defs><marker id=\"backprop-arrow\" viewBox=\"0 0 10 10\" refX=\"\(arrowBack)\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>",
        ]
        lines += body
        lines += ["</svg>", "</figure>"]
        return lines.joined(separator: "\n")
    }

    /// A box: a label's white box, without an outline, or a bias's outlined box.
    private func rect(_ box: DiagramBox, className: String, rounded: Bool = false) -> String {
        "<rect x=\"\(Coordinate.text(box.minX))\" y=\"\(Coordinate.text(box.minY))\" "
            + "width=\"\(Coordinate.text(box.width))\" height=\"\(Coordinate.text(box.height))\""
            + (rounded ? " rx=\"4\"" : "") + " class=\"\(className)\"/>"
    }

    /// `w₅ = 0.4` as SVG text: the base italic, the subscript lowered and smaller.
    private func label(_ symbol: MathSymbol, value: String?) -> String {
        var text = ""
        var lowered = false
        let base = symbol.isGreek ? LinearMathWriter.unicode.write(MathSymbol(symbol.base)) : symbol.base
        text += "<tspan font-style=\"italic\">\(Escaping.html.escape(base))</tspan>"
        if let subscriptText = symbol.subscriptText {
            let shown = Escaping.html.escape(subscriptText.replacingOccurrences(of: "_", with: ","))
            text += "<tspan dy=\"4\" font-size=\"75%\">\(shown)</tspan>"
            lowered = true
        }
        guard let value else { return text }
        // A no-break space: SVG drops a tspan's leading ordinary space.
        let rest = "\u{A0}= " + LinearMathWriter.unicode.write(.number(value))
        return text + (lowered ? "<tspan dy=\"-4\">\(rest)</tspan>" : rest)
    }

    private func text(_ x: Double, _ y: Double, _ content: String, className: String) -> String {
        "<text class=\"\(className)\" x=\"\(Coordinate.text(x))\" y=\"\(Coordinate.text(y))\" "
            + "text-anchor=\"middle\" dominant-baseline=\"central\">\(content)</text>"
    }

    private func line(_ from: DiagramPoint, _ to: DiagramPoint, dashed: Bool = false) -> String {
        "<line x1=\"\(Coordinate.text(from.x))\" y1=\"\(Coordinate.text(from.y))\" "
            + "x2=\"\(Coordinate.text(to.x))\" y2=\"\(Coordinate.text(to.y))\" "
            + "class=\"\(dashed ? "bias-edge" : "edge")\" marker-end=\"url(#backprop-arrow)\"/>"
    }

    private func neurons(_ layout: DiagramLayout) -> [String] {
        let network = trace.network, names = trace.names
        var edges: [String] = [], nodes: [String] = [], labels: [String] = []
        for heading in layout.headings {
            labels.append(text(heading.box.centre.x, heading.box.centre.y, Escaping.html.escape(heading.text), className: "heading"))
        }
        for (layer, column) in layout.neurons.enumerated() {
            for (neuron, centre) in column.enumerated() {
                nodes.append("<circle cx=\"\(Coordinate.text(centre.x))\" cy=\"\(Coordinate.text(centre.y))\" r=\"\(Self.radius)\" class=\"neuron\"/>")
                nodes.append(text(centre.x, centre.y, label(names.neuronSymbol(layer: layer, neuron), value: nil), className: "neuron-name"))
            }
        }
        for layer in 1..<network.layerCount {
            for neuron in 0..<network.layerSizes[layer] {
                for source in 0..<network.layerSizes[layer - 1] {
                    edges.append(line(layout.neurons[layer - 1][source], layout.neurons[layer][neuron]))
                }
            }
            for bias in layout.biases[layer - 1] {
                let centre = bias.box.centre
                if layout.sharedBiases {
                    for target in layout.neurons[layer] {
                        edges.append(line(centre, target, dashed: true))
                    }
                    nodes.append(rect(bias.box, className: "bias", rounded: true))
                    nodes.append(text(centre.x, centre.y, label(bias.symbol, value: bias.value), className: "bias-value"))
                } else {
                    labels.append(rect(bias.box, className: "label-box"))
                    labels.append(text(centre.x, centre.y, label(bias.symbol, value: bias.value), className: "weight"))
                }
            }
        }
        for weight in layout.weights {
            labels.append(rect(weight.box, className: "label-box"))
            labels.append(text(weight.box.centre.x, weight.box.centre.y, label(weight.symbol, value: weight.value), className: "weight"))
        }
        return edges + nodes + labels
    }

    private func layers(_ detail: DiagramDetail) -> [String] {
        let network = trace.network, names = trace.names
        var lines: [String] = []
        let y = 2 * Self.row
        for layer in 1..<network.layerCount {
            let first = network.firstWeight(intoLayer: layer)
            let count = network.layerSizes[layer - 1] * network.layerSizes[layer]
            let from = Double(Self.margin + 2 * (layer - 1) * Self.column), to = Double(Self.margin + 2 * layer * Self.column)
            lines.append(line(DiagramPoint(x: from + 50, y: Double(y)), DiagramPoint(x: to - 52, y: Double(y))))
            let middle = (from + to) / 2
            lines.append(text(middle, Double(y - 10), "\(count) weight\(count == 1 ? "" : "s")", className: "weight"))
            let span = count == 1 ? label(names.weightSymbol(first), value: nil)
                : label(names.weightSymbol(first), value: nil) + " … "
                    + label(names.weightSymbol(first + count - 1), value: nil)
            lines.append(text(middle, Double(y + 12), span, className: "weight"))
        }
        for layer in 0..<network.layerCount {
            let x = Self.margin + 2 * layer * Self.column
            let size = network.layerSizes[layer]
            lines.append("<rect x=\"\(x - 50)\" y=\"\(y - 24)\" width=\"100\" height=\"48\" rx=\"5\" class=\"layer\"/>")
            lines.append(text(Double(x), Double(y - 8), Escaping.html.escape(detail.heading(layer)), className: "heading"))
            lines.append(text(Double(x), Double(y + 10), "\(size) neuron\(size == 1 ? "" : "s")", className: "weight"))
        }
        return lines
    }
}
