import BackpropCore

/// A weight's gradient written as the δ of the neuron the weight feeds: the last factor of the
/// chain, ∂net/∂w (the input the weight multiplies), left out.
struct DeltaForGradient: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard context.term.kind == .weightGradient else { return nil }
        for formula in context.formulas {
            guard case let .product(factors) = formula, factors.count >= 2, let input = factors.last,
                  context.matches(formula, replacing: [input: 1]) else { continue }
            let delta = context.neuronTerm(.delta, of: context.index)
            return Diagnosis(.deltaForGradient, .deltaForGradient(delta: delta, input: input))
        }
        return nil
    }
}
