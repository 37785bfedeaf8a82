import BackpropCore

/// ∂E/∂out, δ, or a term built from them, with the opposite sign.
struct FlippedSign: SlipCheck {
    private static let roles: Set<TermRole> = [
        .errorSlope, .hiddenErrorSlope, .delta, .deltaShare, .contribution, .weightGradient,
        .biasGradient,
    ]

    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard Self.roles.contains(context.term.role) else { return nil }
        for formula in context.formulas {
            let value = context.world.evaluate(formula)
            if context.matches(-value, allowance: context.world.allowance(for: formula)) {
                return Diagnosis(.flippedSign, sentence(context))
            }
        }
        return nil
    }

    private func sentence(_ context: DiagnosisContext) -> String {
        let name = context.term.name
        if case let .errorSlope(target, output) = context.term.formula {
            let (t, o) = (context.name(target), context.name(output))
            return "The sign is flipped: \(name) = -(\(t) - \(o)) = \(o) - \(t), and your value "
                + "is \(t) - \(o)."
        }
        return "The sign of \(name) is flipped. Its minus sign comes from dE_total/dout = "
            + "-(target - out) at the output layer; some texts define delta with the opposite "
            + "sign, but here delta = dE_total/dnet."
    }
}
