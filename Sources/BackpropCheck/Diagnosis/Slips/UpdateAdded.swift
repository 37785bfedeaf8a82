/// The update added instead of subtracted: w + η·∂E/∂w.
struct UpdateAdded: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .update(parameter, learningRate, gradient) = formula else { continue }
            let opposite = -context.world.values[learningRate]
            guard context.matches(formula, replacing: [learningRate: opposite]) else { continue }
            let (p, eta, g) = (context.name(parameter), context.name(learningRate), context.name(gradient))
            return Diagnosis(.updateAdded, """
                The update was added instead of subtracted: \(context.term.name) = \
                \(p) - \(eta)*\(g); gradient descent steps against the gradient.
                """)
        }
        return nil
    }
}
