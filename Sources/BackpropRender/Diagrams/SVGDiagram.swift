import Foundation
import BackpropCore
import TemplateKit

/// The network as inline SVG for HTML: the same picture as ``TikZDiagram``, on the same
/// ``DiagramGrid``. It scales with the page (a `viewBox`, no fixed size) and uses no scripts,
/// fonts or links.
struct SVGDiagram {
    let trace: Trace
    let numbers: NumberFormat

    private static let column = 95, row = 36, margin = 60, radius = 20

    func render() -> String {
        let grid = DiagramGrid(network: trace.network)
        let width = 2 * Self.margin + 2 * (trace.network.layerCount - 1) * Self.column
        let height = grid.showsEveryNeuron ? 2 * grid.tallest * Self.row + 2 * Self.row : 4 * Self.row
        var lines = [
            "<figure class=\"network\">",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"the network\">",
            "<defs><marker id=\"backprop-arrow\" viewBox=\"0 0 10 10\" refX=\"\(grid.showsEveryNeuron ? 10 + Self.radius * 10 / 7 : 10)\" refY=\"5\" "
                + "markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" orient=\"auto\">"
                + "<path d=\"M0,0 L10,5 L0,10 z\"/></marker></defs>",
        ]
        lines += grid.showsEveryNeuron ? neurons(grid) : layers(grid)
        lines += ["</svg>", "</figure>"]
        return lines.joined(separator: "\n")
    }

    private func point(_ grid: DiagramGrid, _ position: (x: Int, y: Int)) -> (x: Int, y: Int) {
        (Self.margin + position.x * Self.column, Self.row + (grid.tallest - position.y) * Self.row)
    }

    /// A white box behind a weight label of `label(name:value:)`, so that no edge runs through
    /// it: about 6 units per character at the labels' 11 px size, 5 for a subscript's.
    private func labelBox(_ at: (x: Int, y: Int), _ name: String, value: Double?) -> String {
        var width = 8 + 6 * name.filter { !$0.isNumber && $0 != "_" }.count + 5 * name.filter(\.isNumber).count
        if let value { width += 6 * (3 + numbers.string(value).count) }
        return "<rect x=\"\(at.x - width / 2)\" y=\"\(at.y - 8)\" width=\"\(width)\" height=\"17\" class=\"label-box\"/>"
    }

    /// `w₅ = 0.4` as SVG text: the base italic, the subscript lowered and smaller.
    private func label(_ symbol: MathSymbol, value: Double?) -> String {
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
        let rest = " = " + LinearMathWriter.unicode.write(.number(numbers.string(value)))
        return text + (lowered ? "<tspan dy=\"-4\">\(rest)</tspan>" : rest)
    }

    private func text(_ position: (x: Int, y: Int), _ content: String, className: String) -> String {
        return "<text class=\"\(className)\" x=\"\(position.x)\" y=\"\(position.y)\" text-anchor=\"middle\" dominant-baseline=\"central\">\(content)</text>"
    }

    private func line(_ from: (x: Int, y: Int), _ to: (x: Int, y: Int), dashed: Bool = false) -> String {
        "<line x1=\"\(from.x)\" y1=\"\(from.y)\" x2=\"\(to.x)\" y2=\"\(to.y)\" class=\"\(dashed ? "bias-edge" : "edge")\" marker-end=\"url(#backprop-arrow)\"/>"
    }

    private func neurons(_ grid: DiagramGrid) -> [String] {
        let network = trace.network, names = trace.names
        var edges: [String] = [], nodes: [String] = [], labels: [String] = []
        for layer in 0..<network.layerCount {
            let top = point(grid, (grid.neuron(layer: layer, 0).x, grid.headingY))
            labels.append(text((top.x, top.y - Self.row / 2), Escaping.html.escape(grid.heading(layer)), className: "heading"))
            for neuron in 0..<network.layerSizes[layer] {
                let centre = point(grid, grid.neuron(layer: layer, neuron))
                nodes.append("<circle cx=\"\(centre.x)\" cy=\"\(centre.y)\" r=\"\(Self.radius)\" class=\"neuron\"/>")
                nodes.append(text(centre, label(names.neuronSymbol(layer: layer, neuron), value: nil), className: "neuron-name"))
            }
        }
        for layer in 1..<network.layerCount {
            for neuron in 0..<network.layerSizes[layer] {
                let target = point(grid, grid.neuron(layer: layer, neuron))
                for source in 0..<network.layerSizes[layer - 1] {
                    let start = point(grid, grid.neuron(layer: layer - 1, source))
                    let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                    edges.append(line(start, target))
                    // 30 % of the way from the source, where the edges of one source fan out.
                    let at = (start.x + (target.x - start.x) * 3 / 10, start.y + (target.y - start.y) * 3 / 10)
                    labels.append(labelBox(at, names.weight(weight), value: network.weights[weight]))
                    labels.append(text(at, label(names.weightSymbol(weight), value: network.weights[weight]), className: "weight"))
                }
            }
            for slot in network.biases[layer - 1].indices {
                let bias = names.bias(layer: layer, neuron: slot)
                let content = label(names.biasSymbol(layer: layer, neuron: slot), value: network.biases[layer - 1][slot])
                guard network.biasSharing == .perLayer else {
                    let owner = point(grid, grid.neuron(layer: layer, slot))
                    let at = (owner.x, owner.y + Self.radius + 9)
                    labels.append(labelBox(at, bias, value: network.biases[layer - 1][slot]))
                    labels.append(text(at, content, className: "weight"))
                    continue
                }
                let box = point(grid, grid.sharedBias(layer: layer))
                for neuron in grid.fed(layer: layer, slot: slot) {
                    edges.append(line(box, point(grid, grid.neuron(layer: layer, neuron)), dashed: true))
                }
                nodes.append("<rect x=\"\(box.x - 38)\" y=\"\(box.y - 11)\" width=\"76\" height=\"22\" rx=\"4\" class=\"bias\"/>")
                nodes.append(text(box, content, className: "bias-value"))
            }
        }
        return edges + nodes + labels
    }

    private func layers(_ grid: DiagramGrid) -> [String] {
        let network = trace.network, names = trace.names
        var lines: [String] = []
        let y = 2 * Self.row
        for layer in 1..<network.layerCount {
            let first = network.firstWeight(intoLayer: layer)
            let count = network.layerSizes[layer - 1] * network.layerSizes[layer]
            let from = Self.margin + 2 * (layer - 1) * Self.column, to = Self.margin + 2 * layer * Self.column
            lines.append(line((from + 50, y), (to - 52, y)))
            let middle = (from + to) / 2
            lines.append(text((middle, y - 10), "\(count) weight\(count == 1 ? "" : "s")", className: "weight"))
            let span = count == 1 ? label(names.weightSymbol(first), value: nil)
                : label(names.weightSymbol(first), value: nil) + " … "
                    + label(names.weightSymbol(first + count - 1), value: nil)
            lines.append(text((middle, y + 12), span, className: "weight"))
        }
        for layer in 0..<network.layerCount {
            let x = Self.margin + 2 * layer * Self.column
            let size = network.layerSizes[layer]
            lines.append("<rect x=\"\(x - 50)\" y=\"\(y - 24)\" width=\"100\" height=\"48\" rx=\"5\" class=\"layer\"/>")
            lines.append(text((x, y - 8), Escaping.html.escape(grid.heading(layer)), className: "heading"))
            lines.append(text((x, y + 10), "\(size) neuron\(size == 1 ? "" : "s")", className: "weight"))
        }
        return lines
    }
}
