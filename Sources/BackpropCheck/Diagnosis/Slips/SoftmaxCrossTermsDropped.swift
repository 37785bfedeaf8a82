import BackpropCore

/// A softmax output's δ taken from the Jacobian's diagonal only: ∂E/∂outⱼ · outⱼ(1 − outⱼ),
/// leaving out what flows back through every other output.
struct SoftmaxCrossTermsDropped: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        guard context.term.kind == .delta,
              case let .dot(errorSlopes, jacobian) = context.term.formula else { return nil }
        guard let diagonal = jacobian.firstIndex(where: { isDiagonal($0, context) }) else { return nil }
        let alone = context.world.evaluate(.product([errorSlopes[diagonal], jacobian[diagonal]]))
        let allowance = context.world.allowance(for: .product([errorSlopes[diagonal], jacobian[diagonal]]))
        guard context.matches(alone, allowance: allowance) else { return nil }
        return Diagnosis(.softmaxCrossTermsDropped, .softmaxCrossTermsDropped(diagonal: jacobian[diagonal]))
    }

    private func isDiagonal(_ slope: Int, _ context: DiagnosisContext) -> Bool {
        if case .softmaxSlope(_, _, same: true) = context.trace.terms[slope].formula { return true }
        return false
    }
}
