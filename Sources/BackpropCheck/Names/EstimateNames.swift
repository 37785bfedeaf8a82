import BackpropCore

/// Every name of a gradient check's terms for a network, for every weight and bias, and the
/// parameter each is about: how `check` learns which estimates a sheet asks it to judge.
struct EstimateNames {
    /// Every parameter, in the order of ``GradientCheck/entries``.
    let parameters: [TermID]
    private let byKey: [NameKey: TermID]

    init(trace: Trace) {
        parameters = GradientCheck.parameters(of: trace.setup, work: .max)
        var byKey: [NameKey: TermID] = [:]
        byKey.reserveCapacity(12 * parameters.count)
        for id in parameters {
            for kind in [TermKind.raisedError, .loweredError, .differenceQuotient] {
                let term = TermID(kind, layer: id.layer, neuron: id.neuron, weight: id.weight)
                for spelling in trace.naming.spellings(term) { byKey[NameKey(spelling)] = id }
            }
        }
        self.byKey = byKey
    }

    /// The parameter whose estimate `name` names, if any.
    func parameter(named name: String) -> TermID? { byKey[NameKey(name)] }
}
