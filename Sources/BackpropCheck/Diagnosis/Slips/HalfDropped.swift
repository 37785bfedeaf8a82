import BackpropCore

/// The ½ of E = ½(target − out)² dropped: E twice too large, or ∂E/∂out = −2(target − out).
struct HalfDropped: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        let kind = context.term.kind
        guard context.trace.setup.loss == .halfSquared,
              kind == .outputError || kind == .totalError || kind == .errorSlope else { return nil }
        for formula in context.formulas {
            let value = context.world.evaluate(formula)
            guard context.matches(2 * value, allowance: 2 * context.world.allowance(for: formula))
            else { continue }
            return Diagnosis(.halfDropped, .halfDropped(inSlope: kind == .errorSlope))
        }
        return nil
    }
}
