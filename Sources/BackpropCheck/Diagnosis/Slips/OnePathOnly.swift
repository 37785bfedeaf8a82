import BackpropCore

/// Only one path counted into a hidden neuron: ∂E_total/∂out_h, which sums what flows back
/// through every neuron h feeds, written as (or computed from) one of those paths alone.
struct OnePathOnly: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        if context.term.kind == .hiddenErrorSlope, case let .sum(paths) = context.term.formula,
           paths.count > 1 {
            for path in paths.prefix(DiagnosisContext.searchLimit)
            where context.matches(.equal(path), replacing: [:]) {
                return Diagnosis(.onePathOnly, .onePathOnly(path: path, slope: context.index))
            }
        }
        for formula in context.formulas {
            for slope in Set(formula.operands).sorted() where context.kind(slope) == .hiddenErrorSlope {
                guard case let .sum(paths) = context.trace.terms[slope].formula, paths.count > 1 else {
                    continue
                }
                for path in paths.prefix(DiagnosisContext.searchLimit)
                where context.matches(formula, replacing: [slope: context.world.values[path]]) {
                    return Diagnosis(.onePathOnly, .onePathOnly(path: path, slope: slope))
                }
            }
        }
        return nil
    }
}
