/// Chooses where on its edge each weight's label goes, between two neighbouring layers, so that
/// no two labels overlap and none covers an obstacle (a bias's box or label).
///
/// Each label is centred on its own edge, somewhere between the two columns of neurons; the
/// positions tried are ``step`` apart along x. Edges between two layers cross, so one fixed
/// position along every edge (the midpoint, or 30 % of the way) makes labels collide; instead
/// this is a small constraint search: a label's position conflicts with another's when their
/// boxes come closer than ``spacing``. Depth-first with the most constrained label first and
/// forward checking; positions are tried in order of preference: crossed by the fewest other
/// edges, then nearest the source, where the edges of one neuron fan out. The search gives up
/// after ``budget`` positions, and the caller widens the gap.
struct LabelPlacer {
    /// A weight's edge, from its source's centre to its target's, and its label's box size.
    struct Edge {
        let from: DiagramPoint
        let to: DiagramPoint
        let width: Double
        let height: Double
    }

    let edges: [Edge]
    /// What no label may cover.
    let obstacles: [DiagramBox]
    /// Other lines a label had better not hide (the dashed arrows of a shared bias).
    let lines: [(from: DiagramPoint, to: DiagramPoint)]
    /// Labels stay within `left…right` along x.
    let left: Double, right: Double
    let spacing: Double
    let step: Double
    /// The most label positions tried before giving up.
    var budget = 5_000
    /// The most positions tried along one edge.
    static let positions = 120

    private struct Candidate {
        let box: DiagramBox
        let cost: Double
    }

    /// A box for every edge, in order, or nil when none was found within the budget.
    func place() -> [DiagramBox]? {
        let candidates = edges.indices.map(candidates(for:))
        let domains = candidates.map { Array($0.indices) }
        if domains.contains(where: \.isEmpty) { return nil }
        var chosen = [Int?](repeating: nil, count: edges.count)
        var tried = 0
        guard search(domains, &chosen, candidates, &tried) else { return nil }
        var placed = chosen.map { $0 ?? 0 }
        improve(&placed, candidates)
        return placed.enumerated().map { candidates[$0][$1].box }
    }

    /// Moves labels one at a time to a better position that is still free, until none moves:
    /// the search settles for the first arrangement that fits, not the best.
    private func improve(_ placed: inout [Int], _ candidates: [[Candidate]]) {
        for _ in 0..<20 {
            var moved = false
            for edge in placed.indices {
                let others = placed.indices.filter { $0 != edge }.map { candidates[$0][placed[$0]].box }
                guard let better = candidates[edge].indices.first(where: { value in
                    !others.contains { candidates[edge][value].box.intersects($0, margin: spacing) }
                }), candidates[edge][better].cost < candidates[edge][placed[edge]].cost else { continue }
                placed[edge] = better
                moved = true
            }
            if !moved { return }
        }
    }

    /// The positions of one edge's label that cover no obstacle, best first.
    private func candidates(for index: Int) -> [Candidate] {
        let edge = edges[index]
        let first = left + edge.width / 2, last = right - edge.width / 2
        guard first <= last, edge.to.x > edge.from.x else { return [] }
        let others = edges.indices.filter { $0 != index }.map { (from: edges[$0].from, to: edges[$0].to) } + lines
        // At most `positions` positions: a gap widened for very long labels is tried more coarsely.
        let stride = max(step, (last - first) / Double(Self.positions - 1))
        let count = Int(((last - first) / stride).rounded(.down)) + 1
        var found: [Candidate] = []
        found.reserveCapacity(count)
        for position in 0..<count {
            let x = first + Double(position) * stride
            let along = (x - edge.from.x) / (edge.to.x - edge.from.x)
            let centre = DiagramPoint(x: x, y: edge.from.y + along * (edge.to.y - edge.from.y))
            let box = DiagramBox(centre: centre, width: edge.width, height: edge.height)
            if obstacles.contains(where: { box.intersects($0, margin: spacing) }) { continue }
            var crossings = 0
            for line in others
            where min(line.from.y, line.to.y) < box.maxY && max(line.from.y, line.to.y) > box.minY
                && box.isCrossed(from: line.from, to: line.to) {
                crossings += 1
            }
            found.append(Candidate(box: box, cost: 2 * Double(crossings) + along))
        }
        return found.sorted { $0.cost < $1.cost }
    }

    private func search(
        _ domains: [[Int]], _ chosen: inout [Int?], _ candidates: [[Candidate]], _ tried: inout Int
    ) -> Bool {
        let open = chosen.indices.filter { chosen[$0] == nil }
        guard let edge = open.min(by: { domains[$0].count < domains[$1].count }) else { return true }
        for value in domains[edge] {
            tried += 1
            if tried > budget { return false }
            let box = candidates[edge][value].box
            var next = domains
            next[edge] = [value]
            var feasible = true
            for other in open where other != edge {
                next[other].removeAll { candidates[other][$0].box.intersects(box, margin: spacing) }
                if next[other].isEmpty {
                    feasible = false
                    break
                }
            }
            guard feasible else { continue }
            chosen[edge] = value
            if search(next, &chosen, candidates, &tried) { return true }
            chosen[edge] = nil
            if tried > budget { return false }
        }
        return false
    }
}
