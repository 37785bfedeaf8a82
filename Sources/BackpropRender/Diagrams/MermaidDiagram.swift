import BackpropCore

/// The network as a Mermaid flowchart (GitHub renders it): every neuron, and every weight and
/// bias with its value. Networks of more than ``maximumWeights`` weights are drawn layer by
/// layer instead, which stays readable.
///
/// Mermaid lays the chart out itself, and puts an edge's label on the middle of the edge, where
/// the edges between two layers cross: labels there can cover each other. So no edge carries a
/// label: each weight is a small node of its own on the way from its source to its target
/// (`i1 --- w1 --> h1`), and Mermaid's layout never lets two nodes overlap.
struct MermaidDiagram {
    let trace: Trace

    static let maximumWeights = 48

    func render() -> String {
        let network = trace.network
        let names = trace.names
        var lines = ["```mermaid", "flowchart LR"]
        guard network.weights.count <= Self.maximumWeights else {
            return (lines + layerLevel() + ["```"]).joined(separator: "\n")
        }
        for layer in 0..<network.layerCount {
            let role = LayerName.heading(layer, layerCount: network.layerCount)
            lines.append("  subgraph L\(layer)[\"\(role)\"]")
            for neuron in 0..<network.layerSizes[layer] {
                let name = names.neuron(layer: layer, neuron)
                lines.append("    \(name)((\"\(name)\"))")
            }
            lines.append("  end")
        }
        for layer in 1..<network.layerCount {
            for neuron in 0..<network.layerSizes[layer] {
                for source in 0..<network.layerSizes[layer - 1] {
                    let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                    let name = names.weight(weight)
                    lines.append("  \(name)[\"\(name) = \(DiagramNumber.text(network.weights[weight], in: trace))\"]")
                    lines.append("  \(names.neuron(layer: layer - 1, source)) --- \(name) --> \(names.neuron(layer: layer, neuron))")
                }
            }
        }
        for layer in 1..<network.layerCount {
            for slot in network.biases[layer - 1].indices {
                let bias = names.bias(layer: layer, neuron: slot)
                lines.append("  \(bias)[\"\(bias) = \(DiagramNumber.text(network.biases[layer - 1][slot], in: trace))\"]")
                let fed = DiagramDetail(network: network).fed(layer: layer, slot: slot)
                for neuron in fed {
                    lines.append("  \(bias) -.-> \(names.neuron(layer: layer, neuron))")
                }
            }
        }
        return (lines + ["```"]).joined(separator: "\n")
    }

    /// One box per layer and one per layer's weights between them, in a row.
    private func layerLevel() -> [String] {
        let network = trace.network
        var lines: [String] = []
        for layer in 0..<network.layerCount {
            let size = network.layerSizes[layer]
            let first = trace.names.neuron(layer: layer, 0)
            let last = trace.names.neuron(layer: layer, size - 1)
            let role = layer == 0 ? "inputs" : (layer == network.layerCount - 1 ? "outputs" : "hidden")
            let span = size == 1 ? first : "\(first) … \(last)"
            lines.append("  L\(layer)[\"\(size) \(role)<br/>\(span)\"]")
        }
        for layer in 1..<network.layerCount {
            let first = network.firstWeight(intoLayer: layer)
            let count = network.layerSizes[layer - 1] * network.layerSizes[layer]
            lines.append("  W\(layer)[\"\(count) weights<br/>w\(first + 1) … w\(first + count)\"]")
            lines.append("  L\(layer - 1) --- W\(layer) --> L\(layer)")
        }
        return lines
    }
}
