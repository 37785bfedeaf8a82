import BackpropCore

/// An output used where the net input belongs, or the activation's slope taken at out instead
/// of net: σ(out)(1 − σ(out)), squashing out a second time.
struct OutForNet: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            if case let .activationSlope(activation, _, output) = formula,
               activation == .logistic || activation == .tanh {
                let squashedAgain = activation.value(context.world.values[output])
                if context.matches(formula, replacing: [output: squashedAgain]) {
                    return Diagnosis(.outForNet, .slopeAtOutput(output: output))
                }
            }
            for operand in Set(formula.operands).sorted() where context.kind(operand) == .netInput {
                guard let output = context.neuronTerm(.output, of: operand) else { continue }
                let replaced = [operand: context.world.values[output]]
                if context.matches(formula, replacing: replaced) {
                    return Diagnosis(.outForNet, .outForNet(output: output, net: operand))
                }
            }
        }
        return nil
    }
}
