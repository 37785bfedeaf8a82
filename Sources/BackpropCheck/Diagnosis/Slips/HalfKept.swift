import BackpropCore

/// A ½ kept that the loss does not have: with E = (target − out)² (`squared`, or PyTorch's
/// `MSELoss`), E or ∂E/∂out written half as large, as the reference's ½(target − out)² gives.
struct HalfKept: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        let kind = context.term.kind
        let loss = context.trace.setup.loss
        guard loss == .squared || loss == .meanSquared,
              kind == .outputError || kind == .errorSlope else { return nil }
        for formula in context.formulas {
            let value = context.world.evaluate(formula)
            guard context.matches(value / 2, allowance: context.world.allowance(for: formula) / 2) else { continue }
            return Diagnosis(.halfKept, .halfKept(inSlope: kind == .errorSlope))
        }
        return nil
    }
}
