import BackpropCore

/// A small text picture of the network: one line per layer, neurons side by side, the weights
/// between layers named, long layers shortened with an ellipsis to fit ``width``.
struct TextDiagram {
    let trace: Trace
    let ascii: Bool
    /// The columns a line may take.
    var width: Int = TextLayout.defaultWidth

    static let maximumNeuronsShown = 8

    func render() -> String {
        let network = trace.network
        let labels = (0..<network.layerCount).map { layer -> String in
            LayerName.of(layer, layerCount: network.layerCount)
        }
        let labelWidth = (labels.map(\.count).max() ?? 0) + 3
        let indent = "  " + String(repeating: " ", count: labelWidth)
        var lines: [String] = []
        for layer in 0..<network.layerCount {
            let prefix = "  " + labels[layer].padding(labelWidth)
            var note = ""
            if layer > 0 {
                let activation = network.activations[layer - 1].rawValue
                let bias = network.biasSharing == .perLayer
                    ? "bias \(trace.names.bias(layer: layer, neuron: 0))"
                    : "own biases"
                note = "   (\(activation), \(bias))"
                lines += weightLines(into: layer, indent: indent)
            }
            lines.append(prefix + neurons(of: layer, room: width - prefix.count - note.count) + note)
        }
        return lines.joined(separator: "\n")
    }

    /// The layer's neurons side by side, as many as fit in `room` (at least the first and the
    /// last), the ones left out shown as an ellipsis; three spaces apart, or two when that
    /// keeps them all.
    private func neurons(of layer: Int, room: Int) -> String {
        let size = trace.network.layerSizes[layer]
        let name = { trace.names.neuron(layer: layer, $0) }
        var shown = min(size, Self.maximumNeuronsShown)
        while true {
            let names = shown == size
                ? (0..<size).map(name)
                : (0..<max(shown - 1, 1)).map(name) + [ascii ? "..." : "…", name(size - 1)]
            for separator in ["   ", "  "] {
                let line = names.joined(separator: separator)
                if line.count <= room || (shown <= 2 && separator == "  ") { return line }
            }
            shown -= 1
        }
    }

    /// The two lines between a layer and the one before: which weights connect them, and an arrow.
    private func weightLines(into layer: Int, indent: String) -> [String] {
        let network = trace.network
        let first = network.firstWeight(intoLayer: layer)
        let count = network.layerSizes[layer - 1] * network.layerSizes[layer]
        let bar = ascii ? "|" : "│"
        let arrow = ascii ? "v" : "▼"
        let span = count == 1 ? "w\(first + 1)" : "w\(first + 1) \(ascii ? "..." : "…") w\(first + count)"
        var line = indent + bar + "  " + span + ": every neuron above to every neuron below"
        if line.count > width { line = indent + bar + "  " + span }
        return [line, indent + arrow]
    }
}
