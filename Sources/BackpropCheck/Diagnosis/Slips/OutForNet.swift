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
                    let o = context.name(output)
                    return Diagnosis(.outForNet, """
                        \(context.term.name) was computed at \(o) instead of at the net input: \
                        f'(net) = f(net)(1 - f(net)) is already written with \(o) = f(net), \
                        so use \(o) itself, not f(\(o)).
                        """)
                }
            }
            for operand in Set(formula.operands).sorted() where context.role(operand) == .netInput {
                guard let output = context.neuronTerm(.output, of: operand) else { continue }
                let replaced = [operand: context.world.values[output]]
                if context.matches(formula, replacing: replaced) {
                    return Diagnosis(.outForNet, """
                        \(context.name(output)) was used where \(context.name(operand)) belongs \
                        in \(context.term.name).
                        """)
                }
            }
        }
        return nil
    }
}
