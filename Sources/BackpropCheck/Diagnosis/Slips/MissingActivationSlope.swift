import BackpropCore

/// The activation's slope, ∂out/∂net, left out of a chain-rule product (directly, or inside a
/// δ the term is built from).
struct MissingActivationSlope: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            var replaced: [Int: Double] = [:]
            var slopes: [Int] = []
            for operand in formula.operands {
                if context.kind(operand) == .activationSlope {
                    replaced[operand] = 1
                    slopes.append(operand)
                } else if let (delta, slope) = deltaFactors(operand, context) {
                    replaced[operand] = context.world.evaluate(
                        context.trace.terms[delta].formula, replacing: [slope: 1]
                    )
                    slopes.append(slope)
                }
            }
            if let slope = slopes.first, context.matches(formula, replacing: replaced) {
                return Diagnosis(.missingActivationSlope, .missingActivationSlope(slope: slope))
            }
        }
        return nil
    }

    /// The δ an operand is or equals, and the activation-slope factor inside it.
    private func deltaFactors(_ operand: Int, _ context: DiagnosisContext) -> (Int, Int)? {
        var delta = operand
        if case let .equal(other) = context.trace.terms[operand].formula { delta = other }
        guard context.kind(delta) == .delta,
              case let .product(factors) = context.trace.terms[delta].formula,
              let slope = factors.first(where: { context.kind($0) == .activationSlope }) else {
            return nil
        }
        return (delta, slope)
    }

}
