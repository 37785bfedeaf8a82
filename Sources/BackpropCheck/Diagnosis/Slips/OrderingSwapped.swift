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
            switch context.trace.options.hiddenUses {
            case .original: return Diagnosis(.otherOrdering, .otherOrdering(checked: .original))
            case .updated: return Diagnosis(.otherOrdering, .otherOrdering(checked: .updated))
            }
        }
        return nil
    }
}
