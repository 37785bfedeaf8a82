/// Momentum's new velocity written as the gradient alone: the old velocity, μ·v, left out.
struct MomentumLeftOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .velocity(momentum, previous, _) = formula,
                  context.matches(formula, replacing: [momentum: 0]) else { continue }
            return Diagnosis(.momentumLeftOut, .momentumLeftOut(momentum: momentum, previous: previous))
        }
        return nil
    }
}
