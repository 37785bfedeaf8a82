/// The update added instead of subtracted: w + η·∂E/∂w.
struct UpdateAdded: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .update(parameter, learningRate, gradient) = formula else { continue }
            let opposite = -context.world.values[learningRate]
            guard context.matches(formula, replacing: [learningRate: opposite]) else { continue }
            return Diagnosis(.updateAdded, .updateAdded(
                parameter: parameter, learningRate: learningRate, gradient: gradient
            ))
        }
        return nil
    }
}
