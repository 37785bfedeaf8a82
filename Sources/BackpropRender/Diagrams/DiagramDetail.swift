import BackpropCore

/// Whether the TikZ and SVG pictures draw a network neuron by neuron (laid out by
/// ``DiagramLayout``) or layer by layer, and the names both kinds share.
///
/// Networks too big to label every weight readably on a page (more than ``maximumWeights``
/// weights, or a layer of more than ``maximumLayerSize`` neurons) are drawn layer by layer.
struct DiagramDetail {
    let network: Network

    static let maximumWeights = 24
    static let maximumLayerSize = 6

    /// Whether every neuron and weight is drawn.
    var showsEveryNeuron: Bool {
        network.weights.count <= Self.maximumWeights
            && (network.layerSizes.max() ?? 0) <= Self.maximumLayerSize
    }

    /// The name of a layer in a picture's heading.
    func heading(_ layer: Int) -> String {
        LayerName.heading(layer, layerCount: network.layerCount)
    }

    /// The neurons a layer's bias feeds: all of them for a shared bias, or the one it belongs to.
    func fed(layer: Int, slot: Int) -> [Int] {
        network.biasSharing == .perLayer ? Array(0..<network.layerSizes[layer]) : [slot]
    }
}
