import BackpropCore

/// The trace's terms grouped by kind and layer, so that a slip that tries the other terms of a
/// layer looks only at those: diagnosis stays linear in the size of the network.
struct TermGroups: Sendable {
    private struct Key: Hashable {
        let kind: TermKind
        let layer: Int
    }

    private let groups: [Key: [Int]]

    init(_ terms: [Term]) {
        var groups: [Key: [Int]] = [:]
        for (index, term) in terms.enumerated() {
            groups[Key(kind: term.kind, layer: term.layer), default: []].append(index)
        }
        self.groups = groups
    }

    /// The terms of `kind` in `layer`, in trace order.
    func terms(kind: TermKind, layer: Int) -> [Int] { groups[Key(kind: kind, layer: layer)] ?? [] }
}
