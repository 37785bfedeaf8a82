/// One of Adam's corrected moments written as the moment itself: m̂ = m⁺, the division by
/// 1 − βᵗ left out.
struct BiasCorrectionLeftOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            // With β = 0, 1 − βᵗ is 1: the moment uncorrected.
            guard case let .biasCorrected(moment, beta, step) = formula,
                  context.matches(formula, replacing: [beta: 0]) else { continue }
            return Diagnosis(.biasCorrectionLeftOut, .biasCorrectionLeftOut(moment: moment, beta: beta, step: step))
        }
        return nil
    }
}
