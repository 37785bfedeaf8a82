import BackpropCore

/// A batch's loss or gradient combined the other way: the sum of the examples' where the mean
/// belongs, or the mean where the sum belongs.
struct OtherReduction: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard case let .reduction(reduction, parts) = context.term.formula, parts.count > 1 else { return nil }
        let used: Reduction = reduction == .mean ? .sum : .mean
        let slipped = Formula.reduction(used, parts)
        let candidate = context.world.evaluate(slipped)
        guard context.matches(candidate, allowance: context.world.allowance(for: slipped)) else { return nil }
        return Diagnosis(.otherReduction, .otherReduction(used: used, examples: parts.count))
    }
}
