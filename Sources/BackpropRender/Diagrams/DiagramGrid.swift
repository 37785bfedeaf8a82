import BackpropCore

/// Where the neurons and biases of a network picture go, on a grid shared by the TikZ and SVG
/// drawings so both look alike.
///
/// Layer `l` stands at x = 2l; the neurons of a layer are two units apart, centred on y = 0,
/// the first at the top (y grows upwards). A shared bias sits between its layer and the one
/// before it, below the lowest neuron. Networks too big to label every weight readably on a
/// page (more than ``maximumWeights`` weights, or a layer of more than ``maximumLayerSize``
/// neurons) are drawn layer by layer instead.
struct DiagramGrid {
    let network: Network

    static let maximumWeights = 24
    static let maximumLayerSize = 6

    /// Whether every neuron and weight is drawn.
    var showsEveryNeuron: Bool {
        network.weights.count <= Self.maximumWeights
            && (network.layerSizes.max() ?? 0) <= Self.maximumLayerSize
    }

    /// The size of the largest layer: the picture is `2 × tallest` units high.
    var tallest: Int { network.layerSizes.max() ?? 1 }

    func neuron(layer: Int, _ neuron: Int) -> (x: Int, y: Int) {
        (2 * layer, network.layerSizes[layer] - 1 - 2 * neuron)
    }

    /// The box of layer `layer`'s shared bias.
    func sharedBias(layer: Int) -> (x: Int, y: Int) { (2 * layer - 1, -tallest) }

    /// The height of the layer headings.
    var headingY: Int { tallest }

    /// The name of a layer in a picture's heading.
    func heading(_ layer: Int) -> String {
        LayerName.heading(layer, layerCount: network.layerCount)
    }

    /// The neurons a layer's bias feeds: all of them for a shared bias, or the one it belongs to.
    func fed(layer: Int, slot: Int) -> [Int] {
        network.biasSharing == .perLayer ? Array(0..<network.layerSizes[layer]) : [slot]
    }
}
