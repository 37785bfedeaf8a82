import BackpropCore

/// A loss written negative: each output's error is a square (E = ½(target − out)²) and E_total
/// their sum, so neither can be below zero.
struct NegativeSquare: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        let kind = context.term.kind
        guard kind == .outputError || kind == .totalError else { return nil }
        for formula in context.formulas {
            let value = context.world.evaluate(formula)
            if value > 0, context.matches(-value, allowance: context.world.allowance(for: formula)) {
                return Diagnosis(.negativeSquare, .negativeSquare)
            }
        }
        return nil
    }
}
