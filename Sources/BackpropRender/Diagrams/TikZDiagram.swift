import BackpropCore

/// The network as a TikZ picture: every neuron, every weight labelled with its value near its
/// source, biases in boxes (a shared bias) or under their neuron (a neuron's own). Large
/// networks are drawn layer by layer (see ``DiagramGrid``). Scaled down to the line width when
/// wider; needs `tikz` and `graphicx`.
struct TikZDiagram {
    let trace: Trace
    let numbers: NumberFormat

    private let math = LaTeXMathWriter()

    func render() -> String {
        let grid = DiagramGrid(network: trace.network)
        var lines = [
            "\\begin{center}",
            "\\resizebox{\\ifdim\\width>\\linewidth\\linewidth\\else\\width\\fi}{!}{%",
            "\\begin{tikzpicture}[x=2.2cm, y=1.1cm, >=stealth,",
            "    neuron/.style={circle, draw, thick, minimum size=9mm, inner sep=0pt},",
            "    layerbox/.style={rectangle, draw, thick, rounded corners=3pt, align=center, inner sep=5pt},",
            "    bias/.style={rectangle, draw, rounded corners=2pt, inner sep=3pt, font=\\footnotesize},",
            "    tag/.style={font=\\scriptsize, fill=white, inner sep=1pt},",
            "    heading/.style={font=\\small\\itshape}]",
        ]
        lines += grid.showsEveryNeuron ? neurons(grid) : layers(grid)
        lines += ["\\end{tikzpicture}}", "\\end{center}"]
        return lines.joined(separator: "\n")
    }

    private func symbol(_ symbol: MathSymbol) -> String { math.write(.symbol(symbol)) }

    private func labelled(_ name: MathSymbol, _ value: Double) -> String {
        "$\(symbol(name)) = \(math.write(.number(numbers.string(value))))$"
    }

    private func neurons(_ grid: DiagramGrid) -> [String] {
        let network = trace.network, names = trace.names
        var lines: [String] = []
        for layer in 0..<network.layerCount {
            let top = grid.neuron(layer: layer, 0)
            lines.append("\\node[heading] at (\(top.x), \(grid.headingY)) {\(grid.heading(layer))};")
            for neuron in 0..<network.layerSizes[layer] {
                let name = names.neuron(layer: layer, neuron)
                let point = grid.neuron(layer: layer, neuron)
                lines.append("\\node[neuron] (\(name)) at (\(point.x), \(point.y)) {$\(symbol(names.neuronSymbol(layer: layer, neuron)))$};")
            }
        }
        for layer in 1..<network.layerCount {
            for neuron in 0..<network.layerSizes[layer] {
                for source in 0..<network.layerSizes[layer - 1] {
                    let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                    lines.append(
                        "\\draw[->] (\(names.neuron(layer: layer - 1, source))) -- "
                            + "node[tag, pos=0.3] {\(labelled(names.weightSymbol(weight), network.weights[weight]))} "
                            + "(\(names.neuron(layer: layer, neuron)));"
                    )
                }
            }
            for slot in network.biases[layer - 1].indices {
                let bias = names.bias(layer: layer, neuron: slot)
                let text = labelled(names.biasSymbol(layer: layer, neuron: slot), network.biases[layer - 1][slot])
                guard network.biasSharing == .perLayer else {
                    let owner = names.neuron(layer: layer, slot)
                    lines.append("\\node[tag, anchor=north] at ([yshift=-1mm]\(owner).south) {\(text)};")
                    continue
                }
                let point = grid.sharedBias(layer: layer)
                lines.append("\\node[bias] (\(bias)) at (\(point.x), \(point.y)) {\(text)};")
                for neuron in grid.fed(layer: layer, slot: slot) {
                    lines.append("\\draw[->, dashed] (\(bias)) -- (\(names.neuron(layer: layer, neuron)));")
                }
            }
        }
        return lines
    }

    private func layers(_ grid: DiagramGrid) -> [String] {
        let network = trace.network, names = trace.names
        var lines: [String] = []
        for layer in 0..<network.layerCount {
            let size = network.layerSizes[layer]
            let first = symbol(names.neuronSymbol(layer: layer, 0))
            let span = size == 1 ? "$\(first)$" : "$\(first)$ \\ldots{} $\(symbol(names.neuronSymbol(layer: layer, size - 1)))$"
            let count = "\(size) neuron\(size == 1 ? "" : "s")"
            lines.append("\\node[layerbox] (L\(layer)) at (\(2 * layer), 0) {\(grid.heading(layer))\\\\ \(count): \(span)};")
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
