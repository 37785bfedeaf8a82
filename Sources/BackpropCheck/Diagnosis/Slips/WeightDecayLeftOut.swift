/// The gradient with weight decay written as the plain gradient: λ·p left out.
struct WeightDecayLeftOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .decayedGradient(_, weightDecay, parameter) = formula,
                  context.matches(formula, replacing: [weightDecay: 0]) else { continue }
            return Diagnosis(.weightDecayLeftOut, .weightDecayLeftOut(weightDecay: weightDecay, parameter: parameter))
        }
        return nil
    }
}
