import BackpropCore

/// The computational graph as the pictures draw it: each node's title, operation, value and
/// gradient already written as text, its operands, and its rank (how far down the picture it
/// stands: every operand one rank above the node it feeds, a given just above its first use).
///
/// Built from a ``ComputationalGraph`` (which computed the values and gradients) when no rank
/// would hold more than ``maximumRankSize`` nodes; otherwise layer by layer, each node a whole
/// vector or matrix shown by its shape.
struct GraphPicture: Sendable {
    struct Node: Sendable {
        /// What it is: `net_h1`, `w5·out_h1`, `W²`.
        let title: MathExpression
        /// The operation, in words, for a computed node: `sum`, `logistic`, `loss`.
        let operation: String?
        /// Its value, or its shape for a layer-level node.
        let value: String
        /// ∂E_total/∂(node), or its shape; nil for a constant.
        let gradient: String?
        /// The nodes it is computed from.
        let operands: [Int]
    }

    let nodes: [Node]
    /// Each node's rank, from 0 at the top.
    let ranks: [Int]
    /// Whether each node is a whole layer's vector or matrix.
    let isLayerLevel: Bool
    /// How many nodes the widest rank of the scalar graph has.
    let widestScalarRank: Int

    /// The most nodes a rank of the scalar graph may have; wider graphs are drawn layer by layer.
    static let maximumRankSize = 8

    init(trace: Trace, graph: ComputationalGraph, numbers: NumberFormat) {
        let scalar = graph.nodes.map { node in
            Node(
                title: Self.title(node, in: graph, trace: trace), operation: Self.operation(node.operation),
                value: numbers.string(node.value), gradient: node.gradient.map(numbers.string),
                operands: node.operands
            )
        }
        let scalarRanks = Self.ranks(scalar.map(\.operands))
        var counts: [Int: Int] = [:]
        for rank in scalarRanks { counts[rank, default: 0] += 1 }
        widestScalarRank = counts.values.max() ?? 0
        if widestScalarRank <= Self.maximumRankSize {
            nodes = scalar
            ranks = scalarRanks
            isLayerLevel = false
        } else {
            nodes = Self.layerLevel(trace, numbers: numbers)
            ranks = Self.ranks(nodes.map(\.operands))
            isLayerLevel = true
        }
    }

    /// The nodes each node feeds.
    var consumers: [[Int]] {
        var consumers = Array(repeating: [Int](), count: nodes.count)
        for (index, node) in nodes.enumerated() {
            for operand in node.operands { consumers[operand].append(index) }
        }
        return consumers
    }

    private static func title(_ node: ComputationalGraph.Node, in graph: ComputationalGraph, trace: Trace) -> MathExpression {
        if let id = node.term { return MathExpression(trace.naming.symbol(id)) }
        let factors = node.operands.compactMap { graph.nodes[$0].term }.map { MathExpression(trace.naming.symbol($0)) }
        return .product(factors)
    }

    private static func operation(_ operation: ComputationalGraph.Node.Operation) -> String? {
        switch operation {
        case .leaf, .product: return nil
        case .sum: return "sum"
        case let .activation(activation): return activation.rawValue
        case .loss: return "loss"
        }
    }

    /// Ranks from operands: a computed node one below its lowest operand, a given one above the
    /// first node that uses it.
    static func ranks(_ operands: [[Int]]) -> [Int] {
        var ranks = Array(repeating: 0, count: operands.count)
        let isLeaf = operands.map(\.isEmpty)
        for index in operands.indices where !isLeaf[index] {
            ranks[index] = operands[index].filter { !isLeaf[$0] }.map { ranks[$0] + 1 }.max() ?? 1
        }
        var firstUse = Array(repeating: Int.max, count: operands.count)
        for index in operands.indices {
            for operand in operands[index] { firstUse[operand] = min(firstUse[operand], ranks[index]) }
        }
        for index in operands.indices where isLeaf[index] && firstUse[index] != .max {
            ranks[index] = max(0, firstUse[index] - 1)
        }
        return ranks
    }

    /// The graph of whole layers: the inputs, each layer's W, W·a, b, z and a, the targets and
    /// E_total; shapes instead of values.
    private static func layerLevel(_ trace: Trace, numbers: NumberFormat) -> [Node] {
        let network = trace.network
        func symbol(_ base: String, _ layer: Int) -> MathExpression { .symbol(MathSymbol(base, superscript: String(layer))) }
        func vector(_ count: Int) -> String { "\(count) × 1" }
        var nodes = [Node(title: symbol("a", 0), operation: nil, value: vector(network.layerSizes[0]), gradient: vector(network.layerSizes[0]), operands: [])]
        var previous = 0
        for layer in 1..<network.layerCount {
            let size = network.layerSizes[layer]
            let shape = "\(size) × \(network.layerSizes[layer - 1])"
            nodes.append(Node(title: symbol("W", layer), operation: nil, value: shape, gradient: shape, operands: []))
            nodes.append(Node(
                title: .product([symbol("W", layer), symbol("a", layer - 1)]), operation: "product",
                value: vector(size), gradient: vector(size), operands: [nodes.count - 1, previous]
            ))
            let biases = network.biasSharing == .perLayer ? "1 × 1" : vector(size)
            nodes.append(Node(title: symbol("b", layer), operation: nil, value: biases, gradient: biases, operands: []))
            nodes.append(Node(title: symbol("z", layer), operation: "sum", value: vector(size), gradient: vector(size), operands: [nodes.count - 2, nodes.count - 1]))
            nodes.append(Node(
                title: symbol("a", layer), operation: network.activations[layer - 1].rawValue,
                value: vector(size), gradient: vector(size), operands: [nodes.count - 1]
            ))
            previous = nodes.count - 1
        }
        nodes.append(Node(title: .symbol(MathSymbol("y")), operation: nil, value: vector(network.layerSizes[network.outputLayer]), gradient: nil, operands: []))
        let total = trace[.totalError(layer: network.outputLayer)]?.value ?? .nan
        nodes.append(Node(
            title: .symbol(MathSymbol("E", subscript: "total")), operation: "loss", value: numbers.string(total),
            gradient: "1", operands: [previous, nodes.count - 1]
        ))
        return nodes
    }
}
