import BackpropCore

/// A batch's loss or gradient combined the other way: the sum of the examples' where the mean
/// belongs, or the mean where the sum belongs.
struct OtherReduction: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard case let .reduction(reduction, parts) = context.term.formula, parts.count > 1 else { return nil }
        let sum = context.world.evaluate(.sum(parts))
        let allowance = context.world.allowance(for: .sum(parts))
        let count = Double(parts.count)
        let (candidate, used): (Double, Reduction) = reduction == .mean ? (sum, .sum) : (sum / count, .mean)
        guard context.matches(candidate, allowance: reduction == .mean ? allowance : allowance / count) else { return nil }
        return Diagnosis(.otherReduction, .otherReduction(used: used, examples: parts.count))
    }
}
