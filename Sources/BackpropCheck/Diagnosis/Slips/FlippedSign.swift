import BackpropCore

/// ∂E/∂out, δ, or a term built from them, with the opposite sign.
struct FlippedSign: SlipCheck {
    private static let kinds: Set<TermKind> = [
        .errorSlope, .hiddenErrorSlope, .delta, .deltaShare, .contribution, .weightGradient,
        .biasGradient,
    ]

    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard Self.kinds.contains(context.term.kind) else { return nil }
        for formula in context.formulas {
            let value = context.world.evaluate(formula)
            if context.matches(-value, allowance: context.world.allowance(for: formula)) {
                var parts: (target: Int, output: Int)?
                if case let .lossSlope(_, target, output, _) = context.term.formula {
                    parts = (target, output)
                }
                return Diagnosis(.flippedSign, .flippedSign(targetAndOutput: parts))
            }
        }
        return nil
    }
}
