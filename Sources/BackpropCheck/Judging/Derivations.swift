import BackpropCore

/// The ways a student may compute each term: the trace's own formula and, where the walkthrough
/// shows another, that one too.
///
/// The trace writes ∂E_total/∂w5 as the three-factor chain rule; students who follow the delta
/// rule compute δ_o1·out_h1 from their own δ_o1. Both give the same number from the same values,
/// but only the second carries a student's wrong δ forward.
struct Derivations: Sendable {
    private let terms: [Term]
    private let deltaRule: [Int: Formula]

    init(terms: [Term]) {
        self.terms = terms
        var deltaOf: [Pair: Int] = [:]
        var deltaRule: [Int: Formula] = [:]
        for (index, term) in terms.enumerated() {
            guard let neuron = term.neuron else { continue }
            let pair = Pair(layer: term.layer, neuron: neuron)
            if term.kind == .delta { deltaOf[pair] = index }
            if term.kind == .weightGradient, case let .product(factors) = term.formula,
               let input = factors.last, let delta = deltaOf[pair] {
                deltaRule[index] = .product([delta, input])
            }
        }
        self.deltaRule = deltaRule
    }

    /// The formulas that compute term `index`, the one to carry a student's values forward with
    /// first. Empty for a given.
    func formulas(of index: Int) -> [Formula] {
        let own = terms[index].formula
        if own == .given { return [] }
        if let alternative = deltaRule[index] { return [alternative, own] }
        return [own]
    }

    private struct Pair: Hashable {
        let layer: Int
        let neuron: Int
    }
}
