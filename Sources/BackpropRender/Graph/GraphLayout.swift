/// Where each node of a ``GraphPicture`` goes: ranks from top to bottom, the nodes of a rank in
/// an order that keeps edges from crossing much (a few barycentre sweeps), side by side and
/// centred under each other.
///
/// Guarantees: no two boxes overlap or come closer than ``Geometry/nodeGap`` (along a rank) or
/// ``Geometry/rankGap`` (between ranks); every box is as wide as its text needs; every edge
/// runs between neighbouring ranks, through the gap between them. Linear in the picture's size
/// times the number of sweeps.
struct GraphLayout {
    /// The fixed measures of one writer, in its units.
    struct Geometry: Sendable {
        let nodeGap: Double
        let rankGap: Double
        let margin: Double
        /// A box's height (every node has a title, a value and a gradient line).
        let nodeHeight: Double
    }

    /// The box of each node.
    let boxes: [DiagramBox]
    /// The size of the whole picture.
    let width: Double, height: Double

    static let sweeps = 4

    /// The layout of `picture` whose node `i` needs a box `widths[i]` wide.
    init(_ picture: GraphPicture, widths: [Double], geometry: Geometry) {
        let ranks = picture.ranks
        let rankCount = (ranks.max() ?? 0) + 1
        var order = Array(repeating: [Int](), count: rankCount)
        for index in picture.nodes.indices { order[ranks[index]].append(index) }
        let consumers = picture.consumers
        for _ in 0..<Self.sweeps {
            Self.sweep(&order, neighbours: { picture.nodes[$0].operands }, ranks: Array(1..<max(rankCount, 1)), offset: -1)
            Self.sweep(&order, neighbours: { consumers[$0] }, ranks: Array(stride(from: rankCount - 2, through: 0, by: -1)), offset: 1)
        }
        let rowWidths = order.map { row in
            row.reduce(0) { $0 + widths[$1] } + geometry.nodeGap * Double(max(0, row.count - 1))
        }
        let widest = rowWidths.max() ?? 0
        var boxes = Array(repeating: DiagramBox(minX: 0, minY: 0, maxX: 0, maxY: 0), count: picture.nodes.count)
        for (rank, row) in order.enumerated() {
            var x = geometry.margin + (widest - rowWidths[rank]) / 2
            let top = geometry.margin + Double(rank) * (geometry.nodeHeight + geometry.rankGap)
            for node in row {
                boxes[node] = DiagramBox(minX: x, minY: top, maxX: x + widths[node], maxY: top + geometry.nodeHeight)
                x += widths[node] + geometry.nodeGap
            }
        }
        self.boxes = boxes
        width = widest + 2 * geometry.margin
        height = 2 * geometry.margin + Double(rankCount) * geometry.nodeHeight + Double(max(0, rankCount - 1)) * geometry.rankGap
    }

    /// Reorders each of `ranks` by the mean position of each node's neighbours in the rank at
    /// `offset`; nodes without neighbours there keep their place.
    private static func sweep(_ order: inout [[Int]], neighbours: (Int) -> [Int], ranks: [Int], offset: Int) {
        for rank in ranks {
            let other = rank + offset
            guard order.indices.contains(other) else { continue }
            var position: [Int: Double] = [:]
            for (place, node) in order[other].enumerated() { position[node] = Double(place) }
            let keys = order[rank].enumerated().map { place, node -> (Double, Int, Int) in
                let placed = neighbours(node).compactMap { position[$0] }
                let key = placed.isEmpty ? Double(place) : placed.reduce(0, +) / Double(placed.count)
                return (key, place, node)
            }
            order[rank] = keys.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        }
    }
}
