import BackpropCore

/// The trace's terms grouped by kind and layer, so that a slip that tries the other terms of a
/// layer looks only at those: diagnosis stays linear in the size of the network.
struct TermGroups: Sendable {
    private struct Key: Hashable {
        let kind: TermKind
        let layer: Int
    }

    private struct WeightKey: Hashable {
        let kind: TermKind
        let layer: Int
        let example: Int?
        let weight: Int
    }

    private let groups: [Key: [Int]]
    private let byWeight: [WeightKey: Int]

    init(_ terms: [Term]) {
        var groups: [Key: [Int]] = [:]
        var byWeight: [WeightKey: Int] = [:]
        for (index, term) in terms.enumerated() {
            groups[Key(kind: term.kind, layer: term.layer), default: []].append(index)
            if let weight = term.weight {
                byWeight[WeightKey(kind: term.kind, layer: term.layer, example: term.id.example, weight: weight)] = index
            }
        }
        self.groups = groups
        self.byWeight = byWeight
    }

    /// The terms of `kind` in `layer`, in trace order.
    func terms(kind: TermKind, layer: Int) -> [Int] { groups[Key(kind: kind, layer: layer)] ?? [] }

    /// The term of the same kind, layer and example as `term` about weight `weight`, if any.
    func term(like term: Term, weight: Int) -> Int? {
        byWeight[WeightKey(kind: term.kind, layer: term.layer, example: term.id.example, weight: weight)]
    }
}
