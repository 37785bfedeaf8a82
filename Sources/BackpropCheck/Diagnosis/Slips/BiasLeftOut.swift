/// The bias left out of a net input.
struct BiasLeftOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            guard case let .weightedSum(_, _, bias) = formula,
                  context.matches(formula, replacing: [bias: 0]) else { continue }
            let b = context.name(bias)
            return Diagnosis(.biasLeftOut, """
                The bias was left out: \(context.term.name) is the weighted sum of its inputs \
                plus \(b)*1.
                """)
        }
        return nil
    }
}
