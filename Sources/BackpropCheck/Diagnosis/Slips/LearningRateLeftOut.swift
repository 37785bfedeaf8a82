/// The update without the learning rate: w − ∂E/∂w.
struct LearningRateLeftOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .update(parameter, learningRate, gradient) = formula,
                  context.matches(formula, replacing: [learningRate: 1]) else { continue }
            let (p, eta, g) = (context.name(parameter), context.name(learningRate), context.name(gradient))
            return Diagnosis(.learningRateLeftOut, """
                The learning rate was left out: \(context.term.name) = \(p) - \(eta)*\(g).
                """)
        }
        return nil
    }
}
