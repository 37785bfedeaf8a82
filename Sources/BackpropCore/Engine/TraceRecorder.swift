/// Appends terms to a trace under construction and hands back their indices.
struct TraceRecorder {
    private(set) var terms: [Term] = []

    init(capacity: Int) {
        terms.reserveCapacity(capacity)
    }

    /// Records a term and returns its index.
    @discardableResult
    mutating func record(
        _ name: String, _ value: Double, _ formula: Formula, _ role: TermRole,
        _ section: TraceSection, layer: Int, neuron: Int? = nil, weight: Int? = nil
    ) -> Int {
        terms.append(Term(
            name: name, value: value, formula: formula, role: role, section: section,
            layer: layer, neuron: neuron, weight: weight
        ))
        return terms.count - 1
    }

    func value(_ index: Int) -> Double { terms[index].value }
}
