/// The update without the learning rate: w − ∂E/∂w.
struct LearningRateLeftOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .update(parameter, learningRate, gradient) = formula,
                  context.matches(formula, replacing: [learningRate: 1]) else { continue }
            return Diagnosis(.learningRateLeftOut, .learningRateLeftOut(
                parameter: parameter, learningRate: learningRate, gradient: gradient
            ))
        }
        return nil
    }
}
