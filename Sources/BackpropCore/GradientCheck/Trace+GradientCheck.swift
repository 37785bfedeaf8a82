extension Trace {
    /// This trace with a gradient check's finite differences appended as terms, three per
    /// parameter checked: E_total(p+h), E_total(p-h) and ΔE_total/Δp, in section
    /// ``TraceSection/gradientCheck``.
    ///
    /// The engine's own trace never holds them: `check` extends it this way when a student's
    /// answers name them, so that they are looked up, judged and explained like every other
    /// term; and the list format prints them with their names.
    public func adding(_ check: GradientCheck) -> Trace {
        var extended = terms
        extended.reserveCapacity(terms.count + 3 * check.entries.count)
        for entry in check.entries {
            guard let parameter = index(of: entry.parameter) else { continue }
            let id = entry.parameter
            func record(_ kind: TermKind, _ value: Double, _ formula: Formula) -> Int {
                extended.append(Term(
                    id: TermID(kind, layer: id.layer, neuron: id.neuron, weight: id.weight),
                    value: value, formula: formula, section: .gradientCheck
                ))
                return extended.count - 1
            }
            let raised = record(.raisedError, entry.raisedError, .shiftedLoss(parameter: parameter, step: check.step, raised: true))
            let lowered = record(.loweredError, entry.loweredError, .shiftedLoss(parameter: parameter, step: check.step, raised: false))
            _ = record(.differenceQuotient, entry.estimate, .centralDifference(raised: raised, lowered: lowered, step: check.step))
        }
        return Trace(setup: setup, options: options, terms: extended, history: history, trained: trained)
    }
}
