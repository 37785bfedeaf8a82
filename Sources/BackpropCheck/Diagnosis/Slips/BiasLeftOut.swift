/// The bias left out of a net input.
struct BiasLeftOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .weightedSum(_, _, bias?) = formula,
                  context.matches(formula, replacing: [bias: 0]) else { continue }
            return Diagnosis(.biasLeftOut, .biasLeftOut(bias: bias))
        }
        return nil
    }
}
