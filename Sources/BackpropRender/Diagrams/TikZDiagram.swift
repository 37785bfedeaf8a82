import BackpropCore

/// The network as a TikZ picture: every neuron, every weight labelled with its value on its
/// edge (placed by ``DiagramLayout`` so that no labels collide), biases in boxes (a shared
/// bias) or under their neuron (a neuron's own). Large networks are drawn layer by layer (see
/// ``DiagramDetail``). Scaled down to the line width when wider; needs `tikz` and `graphicx`.
///
/// Labels are set at fixed sizes (8 pt, headings 10 pt) whatever the document's class options,
/// so that the layout's measures hold.
struct TikZDiagram {
    let trace: Trace

    private let math = LaTeXMathWriter()

    /// Points. The label widths are Computer Modern's at 8 pt (6 pt subscripts), as pdflatex
    /// sets them, rounded up; a test compiles the pictures and checks the real boxes.
    static let geometry = DiagramGeometry(
        columnGap: 135, rowGap: 66, radius: 13.2, margin: 0, top: 0, headingRise: 33,
        headingHeight: 16, headingCharacter: 5.5, biasDrop: 33, biasHeight: 13.6, ownBiasGap: 2.8,
        sourceClearance: 2, targetClearance: 6, spacing: 1.5, step: 2, bottomMargin: 0,
        labels: LabelMetrics(
            main: LabelMetrics.each("0123456789", 4.26)
                .merging([".": 2.37, "-": 6.62, "w": 6.6, "b": 4.15, "n": 5.2, "a": 4.6, "i": 2.95, "f": 5.6]) { $1 },
            lowered: LabelMetrics.each("0123456789", 3.67).merging(["h": 4.36, "o": 3.68, "i": 2.68, ",": 2.28]) { $1 },
            otherMain: 8.5, otherLowered: 6.5, equals: 11.4, padding: 2, height: 11.6
        )
    )

    /// The distance between the centres of two layers in the layer-by-layer picture.
    private static let layerDistance = 150.0

    func render() -> String {
        let detail = DiagramDetail(network: trace.network)
        var lines = [
            "\\begin{center}",
            "\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%",
            "\\begin{tikzpicture}[x=1pt, y=1pt, >=stealth,",
            "    neuron/.style={circle, draw, thick, minimum size=9mm, inner sep=0pt},",
            "    layerbox/.style={rectangle, draw, thick, rounded corners=3pt, align=center, text width=2.6cm, inner sep=5pt},",
            "    tag/.style={fill=white, inner sep=1.5pt, text height=6pt, text depth=2.6pt, font=\\fontsize{8}{9.5}\\selectfont},",
            "    bias/.style={tag, draw, rounded corners=2pt, inner ysep=2.5pt},",
            "    heading/.style={font=\\fontsize{10}{12}\\selectfont\\itshape}]",
        ]
        lines += detail.showsEveryNeuron
            ? neurons(DiagramLayout(trace: trace, geometry: Self.geometry))
            : layers(detail)
        lines += ["\\end{tikzpicture}}", "\\end{center}"]
        return lines.joined(separator: "\n")
    }

    private func symbol(_ symbol: MathSymbol) -> String { math.write(.symbol(symbol)) }

    /// TikZ's y grows upwards, the layout's downwards.
    private func at(_ point: DiagramPoint) -> String {
        "(\(Coordinate.text(point.x)), \(Coordinate.text(-point.y)))"
    }

    /// A label node named after its term, exactly as wide as the layout's box.
    private func tag(_ label: DiagramLayout.Label, style: String = "tag") -> String {
        let value = " = " + math.write(.number(label.value))
        return "\\node[\(style), minimum width=\(Coordinate.text(label.box.width))pt] (\(label.name)) "
            + "at \(at(label.box.centre)) {$\(symbol(label.symbol))\(value)$};"
    }

    private func neurons(_ layout: DiagramLayout) -> [String] {
        let network = trace.network, names = trace.names
        var lines: [String] = [], labels: [String] = []
        for heading in layout.headings {
            lines.append("\\node[heading] at \(at(heading.box.centre)) {\(heading.text)};")
        }
        for (layer, column) in layout.neurons.enumerated() {
            for (neuron, centre) in column.enumerated() {
                let name = names.neuron(layer: layer, neuron)
                lines.append("\\node[neuron] (\(name)) at \(at(centre)) {$\(symbol(names.neuronSymbol(layer: layer, neuron)))$};")
            }
        }
        for layer in 1..<network.layerCount {
            for neuron in 0..<network.layerSizes[layer] {
                for source in 0..<network.layerSizes[layer - 1] {
                    lines.append("\\draw[->] (\(names.neuron(layer: layer - 1, source))) -- (\(names.neuron(layer: layer, neuron)));")
                }
            }
            for bias in layout.biases[layer - 1] {
                guard layout.sharedBiases else {
                    labels.append(tag(bias))
                    continue
                }
                lines.append(tag(bias, style: "bias"))
                for neuron in 0..<network.layerSizes[layer] {
                    lines.append("\\draw[->, dashed] (\(bias.name)) -- (\(names.neuron(layer: layer, neuron)));")
                }
            }
        }
        return lines + labels + layout.weights.map { tag($0) }
    }

    private func layers(_ detail: DiagramDetail) -> [String] {
        let network = trace.network, names = trace.names
        var lines: [String] = []
        for layer in 0..<network.layerCount {
            let size = network.layerSizes[layer]
            let first = symbol(names.neuronSymbol(layer: layer, 0))
            let last = symbol(names.neuronSymbol(layer: layer, size - 1))
            let span = size == 1 ? "$\(first)$" : "$\(first)$ \\ldots{} $\(last)$"
            let count = "\(size) neuron\(size == 1 ? "" : "s")"
            lines.append(
                "\\node[layerbox] (L\(layer)) at (\(Coordinate.text(Double(layer) * Self.layerDistance)), 0) "
                    + "{\\textit{\(detail.heading(layer))}\\\\ \(count)\\\\ \(span)};"
            )
        }
        for layer in 1..<network.layerCount {
            let first = network.firstWeight(intoLayer: layer)
            let count = network.layerSizes[layer - 1] * network.layerSizes[layer]
            let span = count == 1
                ? "$\(symbol(names.weightSymbol(first)))$"
                : "$\(symbol(names.weightSymbol(first)))$ \\ldots{} $\(symbol(names.weightSymbol(first + count - 1)))$"
            lines.append(
                "\\draw[->] (L\(layer - 1)) -- node[above, font=\\scriptsize] {\(count) weight\(count == 1 ? "" : "s")} "
                    + "node[below, font=\\scriptsize] {\(span)} (L\(layer));"
            )
        }
        return lines
    }
}
