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
                    return Diagnosis(.netForOut, detail([swap]))
                }
            }
            if swaps.count > 1 {
                var replaced: [Int: Double] = [:]
                for swap in swaps { replaced[swap.operand] = context.world.values[swap.net] }
                if context.matches(formula, replacing: replaced) {
                    return Diagnosis(.netForOut, detail(swaps))
                }
            }
        }
        return nil
    }

    private func detail(_ swaps: [(operand: Int, output: Int, net: Int)]) -> Diagnosis.Detail {
        .netForOut(nets: swaps.map(\.net), outputs: swaps.map(\.output))
    }
}
