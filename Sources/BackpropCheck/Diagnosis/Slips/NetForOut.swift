import BackpropCore

/// A net input used where the neuron's output belongs: in the next layer's net input, in the
/// error, in ∂net/∂w, or in the activation's slope (net(1 − net)).
struct NetForOut: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            var swaps: [(operand: Int, output: Int, net: Int)] = []
            for operand in Set(formula.operands).sorted() {
                guard let output = context.output(behind: operand),
                      let net = context.neuronTerm(.netInput, of: output) else { continue }
                swaps.append((operand, output, net))
            }
            for swap in swaps where swaps.count <= DiagnosisContext.searchLimit {
                let replaced = [swap.operand: context.world.values[swap.net]]
                if context.matches(formula, replacing: replaced) {
                    return Diagnosis(.netForOut, sentence([swap], context))
                }
            }
            if swaps.count > 1 {
                var replaced: [Int: Double] = [:]
                for swap in swaps { replaced[swap.operand] = context.world.values[swap.net] }
                if context.matches(formula, replacing: replaced) {
                    return Diagnosis(.netForOut, sentence(swaps, context))
                }
            }
        }
        return nil
    }

    private func sentence(
        _ swaps: [(operand: Int, output: Int, net: Int)], _ context: DiagnosisContext
    ) -> String {
        let nets = swaps.map { context.name($0.net) }.joined(separator: " and ")
        let outs = swaps.map { context.name($0.output) }.joined(separator: " and ")
        let (was, belongs) = swaps.count == 1 ? ("was", "belongs") : ("were", "belong")
        return "\(nets) \(was) used where \(outs) \(belongs) in \(context.term.name): what a neuron "
            + "passes on (and what its slope and the error are written in) is its output "
            + "out = f(net), not its net input."
    }
}
