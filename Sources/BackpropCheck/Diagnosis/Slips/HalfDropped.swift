import BackpropCore

/// The ½ of E = ½(target − out)² dropped: E twice too large, or ∂E/∂out = −2(target − out).
struct HalfDropped: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        let role = context.term.role
        guard role == .outputError || role == .totalError || role == .errorSlope else { return nil }
        for formula in context.formulas {
            let value = context.world.evaluate(formula)
            guard context.matches(2 * value, allowance: 2 * context.world.allowance(for: formula))
            else { continue }
            if role == .errorSlope {
                return Diagnosis(.halfDropped, """
                    Your value is twice \(context.term.name), as if E had no 1/2: with \
                    E = 1/2*(target - out)^2 the 2 from the square cancels the 1/2, so \
                    dE/dout = -(target - out).
                    """)
            }
            return Diagnosis(.halfDropped, """
                The 1/2 was dropped: each output's error is E = 1/2*(target - out)^2, and your \
                \(context.term.name) is twice that.
                """)
        }
        return nil
    }
}
