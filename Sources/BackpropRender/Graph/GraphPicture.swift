import BackpropCore

/// The computational graph as the pictures draw it: each node's title, operation, value and
/// gradient already written as text, its operands, and its rank (how far down the picture it
/// stands: every operand one rank above the node it feeds, a given just above its first use).
///
/// Built from a ``ComputationalGraph`` (which computed the values and gradients) when no rank
/// would hold more than ``maximumRankSize`` nodes (or the scalar graph is asked for); otherwise
/// layer by layer, each node a whole vector or matrix with its shape and its first entries.
struct GraphPicture: Sendable {
    struct Node: Sendable {
        /// What it is: `net_h1`, `w5·out_h1`, `W²`.
        let title: MathExpression
        /// The operation, in words, for a computed node: `sum`, `logistic`, `loss`.
        let operation: String?
        /// Its value; for a layer-level node its shape and first entries.
        let value: GraphValue
        /// ∂E_total/∂(node), or its entries; nil for a constant.
        let gradient: GraphValue?
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

    /// How the graph was asked to be drawn.
    let level: GraphLevel

    init(trace: Trace, graph: ComputationalGraph, numbers: NumberFormat, level: GraphLevel = .automatic) {
        self.level = level
        let scalar = graph.nodes.map { node in
            Node(
                title: Self.title(node, in: graph, trace: trace), operation: Self.operation(node.operation),
                value: .scalar(numbers.string(node.value)), gradient: node.gradient.map { .scalar(numbers.string($0)) },
                operands: node.operands
            )
        }
        let scalarRanks = Self.ranks(scalar.map(\.operands))
        var counts: [Int: Int] = [:]
        for rank in scalarRanks { counts[rank, default: 0] += 1 }
        widestScalarRank = counts.values.max() ?? 0
        if level == .scalar || level == .automatic && widestScalarRank <= Self.maximumRankSize {
            nodes = scalar
            ranks = scalarRanks
            isLayerLevel = false
        } else {
            nodes = Self.layerLevel(trace, graph: graph, numbers: numbers)
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

    /// The graph of whole layers: the inputs, each layer's W, b, z = W·a + b and a, the targets
    /// and E_total; each node's values and gradients are its entries in `graph`, read in the
    /// order of the trace, at most ``shownEntries`` of them.
    private static func layerLevel(_ trace: Trace, graph: ComputationalGraph, numbers: NumberFormat) -> [Node] {
        let network = trace.network
        var entries: [TermKind: [Int: [ComputationalGraph.Node]]] = [:]
        for node in graph.nodes {
            guard let id = node.term else { continue }
            entries[id.kind, default: [:]][id.layer, default: []].append(node)
        }
        func symbol(_ base: String, _ layer: Int) -> MathExpression { .symbol(MathSymbol(base, superscript: String(layer))) }
        func node(
            _ title: MathExpression, _ kind: TermKind, layer: Int, rows: Int, operation: String? = nil, operands: [Int] = []
        ) -> Node {
            let scalars = entries[kind]?[layer] ?? []
            let columns = scalars.count / max(rows, 1)
            let gradients = scalars.compactMap(\.gradient)
            return Node(
                title: title, operation: operation,
                value: listed(scalars.map(\.value), rows: rows, columns: columns, numbers: numbers),
                gradient: gradients.count == scalars.count
                    ? listed(gradients, rows: rows, columns: columns, numbers: numbers) : nil,
                operands: operands
            )
        }
        var nodes = [node(symbol("a", 0), .input, layer: 0, rows: network.layerSizes[0])]
        var previous = 0
        for layer in 1..<network.layerCount {
            let size = network.layerSizes[layer]
            nodes.append(node(symbol("W", layer), .weight, layer: layer, rows: size))
            nodes.append(node(symbol("b", layer), .bias, layer: layer, rows: network.biasSharing == .perLayer ? 1 : size))
            nodes.append(node(
                symbol("z", layer), .netInput, layer: layer, rows: size, operation: "W·a + b",
                operands: [nodes.count - 2, previous, nodes.count - 1]
            ))
            nodes.append(node(
                symbol("a", layer), .output, layer: layer, rows: size,
                operation: network.activations[layer - 1].rawValue, operands: [nodes.count - 1]
            ))
            previous = nodes.count - 1
        }
        let output = network.outputLayer
        nodes.append(node(.symbol(MathSymbol("y")), .target, layer: output, rows: network.layerSizes[output]))
        let total = trace[.totalError(layer: output)]?.value ?? .nan
        nodes.append(Node(
            title: .symbol(MathSymbol("E", subscript: "total")), operation: "loss", value: .scalar(numbers.string(total)),
            gradient: .scalar("1"), operands: [previous, nodes.count - 1]
        ))
        return nodes
    }

    /// The most entries of a vector or matrix a layer-level node shows whole; a longer one shows
    /// its first two, "…" and its last.
    static let shownEntries = 4

    /// The entries of a `rows`×`columns` vector or matrix as a node shows them: all up to
    /// ``shownEntries``, else the first two, "…" and the last.
    static func listed(_ values: [Double], rows: Int, columns: Int, numbers: NumberFormat) -> GraphValue {
        let texts = values.map(numbers.string)
        let shown: [String?] = texts.count <= shownEntries
            ? texts : Array(texts.prefix(shownEntries - 2)) + [nil, texts[texts.count - 1]]
        return .entries(rows: rows, columns: columns, shown: shown)
    }
}

/// Which graph a picture draws: the scalar graph when no rank is wider than
/// ``GraphPicture/maximumRankSize`` (`automatic`), or the one asked for.
package enum GraphLevel: String, Sendable, CaseIterable {
    case automatic = "auto", scalar, layers
}

/// A node's value or gradient: one number, or a layer-level node's vector or matrix.
enum GraphValue: Sendable, Equatable {
    case scalar(String)
    /// The shape and the entries shown, nil standing for those left out.
    case entries(rows: Int, columns: Int, shown: [String?])

    /// `0.593269992`, or `2×1 [0.593269992, 0.596884378]` with `times` between the sizes.
    func written(_ math: some MathWriter, times: String) -> String {
        switch self {
        case let .scalar(text):
            return math.write(.number(text))
        case let .entries(rows, columns, shown):
            let items = shown.map { math.write($0.map(MathExpression.number) ?? .dots(.horizontal)) }
            return "\(rows)\(times)\(columns) [" + items.joined(separator: ", ") + "]"
        }
    }
}
