import BackpropCore

/// A small text picture of the network: one line per layer, neurons side by side, the weights
/// between layers named, long layers shortened with an ellipsis.
struct TextDiagram {
    let trace: Trace
    let ascii: Bool

    static let maximumNeuronsShown = 8

    func render() -> String {
        let network = trace.network
        let names = trace.names
        let labels = (0..<network.layerCount).map { layer -> String in
            LayerName.of(layer, layerCount: network.layerCount)
        }
        let labelWidth = (labels.map(\.count).max() ?? 0) + 3
        var lines: [String] = []
        for layer in 0..<network.layerCount {
            let size = network.layerSizes[layer]
            var shown = (0..<min(size, Self.maximumNeuronsShown - 1)).map { names.neuron(layer: layer, $0) }
            if size > Self.maximumNeuronsShown - 1 {
                shown.append(ascii ? "..." : "…")
                shown.append(names.neuron(layer: layer, size - 1))
            }
            var line = "  " + labels[layer].padding(labelWidth) + shown.joined(separator: "   ")
            if layer > 0 {
                let activation = network.activations[layer - 1].rawValue
                let bias = network.biasSharing == .perLayer
                    ? "bias \(names.bias(layer: layer, neuron: 0))"
                    : "own biases"
                line += "   (\(activation), \(bias))"
                let first = network.firstWeight(intoLayer: layer)
                let count = network.layerSizes[layer - 1] * network.layerSizes[layer]
                let bar = ascii ? "|" : "│"
                let arrow = ascii ? "v" : "▼"
                let span = count == 1 ? "w\(first + 1)" : "w\(first + 1) \(ascii ? "..." : "…") w\(first + count)"
                let indent = "  " + String(repeating: " ", count: labelWidth)
                lines.append(indent + bar + "  " + span + ": every neuron above to every neuron below")
                lines.append(indent + arrow)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
