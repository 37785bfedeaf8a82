import BackpropCore

/// The hidden layer computed with the other ordering's output weights: updated (w5+ …) where the
/// original ones belong, or the reverse under `--hidden-uses updated`.
struct OrderingSwapped: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard let other = context.otherOrdering else { return nil }
        for formula in other.derivations.formulas(of: context.index) {
            let value = other.world.evaluate(formula)
            guard context.matches(value, allowance: other.world.allowance(for: formula)) else {
                continue
            }
            let name = context.term.name
            switch context.trace.options.hiddenUses {
            case .original:
                return Diagnosis(.otherOrdering, """
                    \(name) was computed with the updated output weights (w+), but the hidden \
                    layer uses the weights as they were before this step. (If your course \
                    updates first, check with --hidden-uses updated.)
                    """)
            case .updated:
                return Diagnosis(.otherOrdering, """
                    \(name) was computed with the original output weights, but this check \
                    follows --hidden-uses updated, where the hidden layer uses the already \
                    updated weights (w+). (Leave the option out to check the original ordering.)
                    """)
            }
        }
        return nil
    }
}
