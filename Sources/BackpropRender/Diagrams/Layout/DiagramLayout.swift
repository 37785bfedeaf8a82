import BackpropCore

/// Where everything of a neuron-by-neuron network picture goes, shared by the SVG and TikZ
/// writers (each with its own ``DiagramGeometry``): columns of neurons, headings, bias boxes
/// and a label for every weight, placed by ``LabelPlacer``.
///
/// Guarantees, for every network: no two labels (weights, biases, headings) overlap, and none
/// covers a neuron. Each weight's label is centred on its own edge, strictly between the two
/// layers' circles. A gap between two layers is widened until its labels fit; at worst (very
/// long values) every label of the gap gets its own stretch of x.
struct DiagramLayout {
    /// A weight's or a bias's box and what it says: `w₅ = 0.4`.
    struct Label {
        /// The term name: `w5`, `b1`, `b_h1`.
        let name: String
        let symbol: MathSymbol
        /// The value shown after the symbol, as text.
        let value: String
        let box: DiagramBox

        /// The same label in `box`.
        func moved(to box: DiagramBox) -> Label { Label(name: name, symbol: symbol, value: value, box: box) }
    }

    /// A layer's heading and its box.
    struct Heading {
        let text: String
        let box: DiagramBox
    }

    let geometry: DiagramGeometry
    /// The x of each layer's neurons.
    private(set) var columns: [Double] = []
    /// The centre of every neuron, layer by layer.
    private(set) var neurons: [[DiagramPoint]] = []
    /// The heading above each layer.
    private(set) var headings: [Heading] = []
    /// The label of each weight, in the network's weight order.
    private(set) var weights: [Label] = []
    /// The biases of each layer after the inputs (index 0 for layer 1): one shared box between
    /// the layer and the one before it, or one label under each of the layer's neurons.
    private(set) var biases: [[Label]] = []
    /// Whether each layer shares one bias (a box with dashed arrows) rather than one per neuron.
    let sharedBiases: Bool
    /// The size of the whole picture.
    private(set) var width = 0.0, height = 0.0

    private let network: Network
    /// The y of the top row of the tallest layer, and of its lowest row.
    private let tallest: Double, lowest: Double

    /// The layout of `trace`'s network, values written with `numbers`.
    init(trace: Trace, geometry: DiagramGeometry) {
        let network = trace.network, names = trace.names
        self.network = network
        self.geometry = geometry
        sharedBiases = network.biasSharing == .perLayer
        tallest = Double(network.layerSizes.max() ?? 1)
        lowest = geometry.top + (tallest - 1) * geometry.rowGap
        // Labels are sized at the origin first, then moved into place.
        func label(_ name: String, _ symbol: MathSymbol, _ value: Double) -> Label {
            let text = DiagramNumber.text(value, in: trace)
            let width = geometry.labels.width(symbol: symbol, value: text)
            let box = DiagramBox(minX: 0, minY: 0, maxX: width, maxY: geometry.labels.height)
            return Label(name: name, symbol: symbol, value: text, box: box)
        }
        headings = (0..<network.layerCount).map { layer in
            let name = LayerName.heading(layer, layerCount: network.layerCount)
            let width = Double(name.count) * geometry.headingCharacter
            return Heading(text: name, box: DiagramBox(minX: 0, minY: 0, maxX: width, maxY: geometry.headingHeight))
        }
        biases = (1..<network.layerCount).map { layer in
            network.biases[layer - 1].indices.map { neuron in
                label(
                    names.bias(layer: layer, neuron: neuron), names.biasSymbol(layer: layer, neuron: neuron),
                    network.biases[layer - 1][neuron]
                )
            }
        }
        weights = network.weights.indices.map { label(names.weight($0), names.weightSymbol($0), network.weights[$0]) }
        columns = [geometry.margin]
        for layer in 1..<network.layerCount {
            let (gap, boxes) = placeWeights(into: layer)
            columns.append(columns[layer - 1] + gap)
            for (weight, box) in boxes { weights[weight] = weights[weight].moved(to: box) }
        }
        neurons = (0..<network.layerCount).map { layer in
            (0..<network.layerSizes[layer]).map { DiagramPoint(x: columns[layer], y: rowY(layer, $0)) }
        }
        headings = headings.indices.map { layer in
            let centre = DiagramPoint(x: columns[layer], y: geometry.top - geometry.headingRise)
            let box = DiagramBox(centre: centre, width: headings[layer].box.width, height: geometry.headingHeight)
            return Heading(text: headings[layer].text, box: box)
        }
        biases = biases.indices.map { index in
            biases[index].indices.map { biases[index][$0].moved(to: biasBox(layer: index + 1, neuron: $0)) }
        }
        width = columns[columns.count - 1] + geometry.margin
        let bottom = (weights + biases.joined()).map(\.box.maxY).max() ?? 0
        height = max(bottom, lowest + geometry.radius) + geometry.bottomMargin
    }

    /// The y of neuron `neuron` of `layer`: layers are centred on each other.
    private func rowY(_ layer: Int, _ neuron: Int) -> Double {
        let above = (tallest - Double(network.layerSizes[layer])) / 2 + Double(neuron)
        return geometry.top + above * geometry.rowGap
    }

    /// The box of bias `neuron` of `layer`, with the layer's neurons at `x` (by default where
    /// they are): for a shared bias, between the layer and the one before it, below the lowest
    /// row; for a neuron's own, under the neuron.
    private func biasBox(layer: Int, neuron: Int, x: Double? = nil) -> DiagramBox {
        let column = x ?? columns[layer], width = biases[layer - 1][neuron].box.width
        guard !sharedBiases else {
            let centre = DiagramPoint(x: (column + columns[layer - 1]) / 2, y: lowest + geometry.biasDrop)
            return DiagramBox(centre: centre, width: width, height: geometry.biasHeight)
        }
        let top = rowY(layer, neuron) + geometry.radius + geometry.ownBiasGap
        return DiagramBox(minX: column - width / 2, minY: top, maxX: column + width / 2, maxY: top + geometry.labels.height)
    }

    /// How far a column's heading and own biases reach left and right of its centre.
    private func reach(_ layer: Int) -> Double {
        let own = sharedBiases || layer == 0 ? 0 : (biases[layer - 1].map(\.box.width).max() ?? 0) / 2
        return max(geometry.radius, own, headings[layer].box.width / 2)
    }

    /// The width of the gap before `layer` and the boxes of the weights into it.
    private func placeWeights(into layer: Int) -> (gap: Double, boxes: [(Int, DiagramBox)]) {
        let left = columns[layer - 1]
        var edges: [(weight: Int, source: Int, target: Int)] = []
        for target in 0..<network.layerSizes[layer] {
            for source in 0..<network.layerSizes[layer - 1] {
                edges.append((network.weightIndex(layer: layer, neuron: target, source: source), source, target))
            }
        }
        // Crowded gaps start wider, where labels find more places that no other edge crosses.
        let crowded = geometry.columnGap * max(1, (Double(edges.count) / 6).squareRoot())
        let least = max(
            rounded(crowded), reach(layer - 1) + reach(layer) + geometry.spacing,
            sharedBiases ? biases[layer - 1][0].box.width + geometry.spacing : 0
        )
        // Wide enough for every label to have its own stretch of x, clear of both columns.
        let inner = (
            left: max(geometry.radius + geometry.sourceClearance, reach(layer - 1) + geometry.spacing),
            right: max(geometry.radius + geometry.targetClearance, reach(layer) + geometry.spacing)
        )
        let widest = inner.left + inner.right
            + edges.reduce(0) { $0 + weights[$1.weight].box.width + geometry.spacing }
        var gap = least
        while true {
            let right = left + gap
            let lines = edges.map { edge in
                LabelPlacer.Edge(
                    from: DiagramPoint(x: left, y: rowY(layer - 1, edge.source)),
                    to: DiagramPoint(x: right, y: rowY(layer, edge.target)),
                    width: weights[edge.weight].box.width, height: geometry.labels.height
                )
            }
            let (obstacles, dashed) = biasesAround(gapBefore: layer, right: right)
            let placer = LabelPlacer(
                edges: lines, obstacles: obstacles, lines: dashed,
                left: left + geometry.radius + geometry.sourceClearance,
                right: right - geometry.radius - geometry.targetClearance,
                spacing: geometry.spacing, step: geometry.step
            )
            if let boxes = placer.place() { return (gap, Array(zip(edges.map(\.weight), boxes))) }
            if gap >= widest { return (gap, Array(zip(edges.map(\.weight), slots(lines, from: left + inner.left)))) }
            gap = min(widest, rounded(gap * 1.2))
        }
    }

    /// The bias boxes a label in the gap before `layer` must keep clear of, with that layer's
    /// neurons at `right`, and the dashed arrows of its shared bias.
    private func biasesAround(gapBefore layer: Int, right: Double) -> ([DiagramBox], [(from: DiagramPoint, to: DiagramPoint)]) {
        guard !sharedBiases else {
            let bias = biasBox(layer: layer, neuron: 0, x: right)
            let targets = (0..<network.layerSizes[layer]).map { DiagramPoint(x: right, y: rowY(layer, $0)) }
            return ([bias], targets.map { (bias.centre, $0) })
        }
        let before = layer > 1 ? biases[layer - 2].indices.map { biasBox(layer: layer - 1, neuron: $0) } : []
        return (before + biases[layer - 1].indices.map { biasBox(layer: layer, neuron: $0, x: right) }, [])
    }

    /// `length` rounded up to whole steps.
    private func rounded(_ length: Double) -> Double { (length / geometry.step).rounded(.up) * geometry.step }

    /// The fallback: each label its own stretch of x from `start` on, in order.
    private func slots(_ edges: [LabelPlacer.Edge], from start: Double) -> [DiagramBox] {
        var x = start
        return edges.map { edge in
            let centre = x + edge.width / 2
            x += edge.width + geometry.spacing
            let y = edge.from.y + (centre - edge.from.x) / (edge.to.x - edge.from.x) * (edge.to.y - edge.from.y)
            return DiagramBox(centre: DiagramPoint(x: centre, y: y), width: edge.width, height: edge.height)
        }
    }
}
