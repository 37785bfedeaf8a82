import BackpropCore

/// Two weights' numbers swapped: another weight of the same layer used in a formula, or the
/// value of the same term for another weight written.
struct WeightsSwapped: SlipCheck {
    private static let numbering = "(weights are numbered layer by layer, then by the neuron they "
        + "lead into, then by the input they come from)"

    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            for operand in Set(formula.operands).sorted() {
                guard let weight = context.weight(behind: operand) else { continue }
                for other in sameLayer(as: weight, context) {
                    let replaced = [operand: context.world.values[other]]
                    guard context.matches(formula, replacing: replaced) else { continue }
                    return Diagnosis(.weightsSwapped, """
                        \(context.name(other)) was used where \(context.name(weight)) belongs in \
                        \(context.term.name): \(context.connection(weight)) but \
                        \(context.connection(other)) \(Self.numbering).
                        """)
                }
            }
        }
        guard context.term.weight != nil else { return nil }
        for sibling in sameLayer(as: context.index, context) {
            guard let formula = context.derivations.formulas(of: sibling).first else { continue }
            let value = context.world.evaluate(formula)
            guard context.matches(value, allowance: context.world.allowance(for: formula)) else {
                continue
            }
            let (mine, theirs) = (weightTerm(context.index, context), weightTerm(sibling, context))
            return Diagnosis(.weightsSwapped, """
                Your value is \(context.name(sibling))'s, not \(context.term.name)'s: \
                \(mine.map(context.connection) ?? context.term.name) but \
                \(theirs.map(context.connection) ?? context.name(sibling)) \(Self.numbering).
                """)
        }
        return nil
    }

    /// The other terms of the same role and layer that belong to another weight.
    private func sameLayer(as index: Int, _ context: DiagnosisContext) -> [Int] {
        let term = context.trace.terms[index]
        return context.trace.terms.indices.filter { other in
            let candidate = context.trace.terms[other]
            return other != index && candidate.role == term.role && candidate.layer == term.layer
                && candidate.weight != nil && candidate.weight != term.weight
        }
    }

    /// The given weight a term belongs to.
    private func weightTerm(_ index: Int, _ context: DiagnosisContext) -> Int? {
        guard let weight = context.trace.terms[index].weight else { return nil }
        return context.trace.terms.firstIndex { $0.role == .weight && $0.weight == weight }
    }
}
