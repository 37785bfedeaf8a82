import BackpropCore

/// Two weights' numbers swapped: another weight of the same layer used in a formula, or the
/// value of the same term for another weight written.
struct WeightsSwapped: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        for formula in context.formulas {
            let operands = Set(formula.operands).sorted()
            guard operands.count <= DiagnosisContext.searchLimit else { continue }
            for operand in operands {
                guard let weight = context.weight(behind: operand) else { continue }
                for other in sameLayer(as: weight, context) {
                    let replaced = [operand: context.world.values[other]]
                    guard context.matches(formula, replacing: replaced) else { continue }
                    return Diagnosis(.weightsSwapped, .weightUsedForAnother(used: other, belongs: weight))
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
            return Diagnosis(.weightsSwapped, .valueOfAnotherWeight(
                sibling: sibling, weight: weightTerm(context.index, context),
                siblingWeight: weightTerm(sibling, context)
            ))
        }
        return nil
    }

    /// The other terms of the same kind and layer that belong to another weight. In a layer with
    /// more weights than the search limit, only the weight with this one's number under the
    /// other numbering (by input first, then by neuron).
    private func sameLayer(as index: Int, _ context: DiagnosisContext) -> [Int] {
        let term = context.trace.terms[index]
        guard let weight = term.weight, let neuron = term.neuron else { return [] }
        let network = context.trace.network
        let sources = network.layerSizes[term.layer - 1]
        let neurons = network.layerSizes[term.layer]
        let first = network.firstWeight(intoLayer: term.layer)
        let source = weight - first - neuron * sources
        let transposed = first + source * neurons + neuron
        guard sources * neurons <= DiagnosisContext.searchLimit else {
            // Looked up, not searched for: a wide layer costs no more than a narrow one.
            guard transposed != weight, let other = context.groups.term(like: term, weight: transposed),
                  other != index else { return [] }
            return [other]
        }
        return context.sameKindAndLayer(as: index).filter { other in
            guard other != index, let candidateWeight = context.trace.terms[other].weight else { return false }
            return candidateWeight != weight
        }
    }

    /// The given weight a term belongs to.
    private func weightTerm(_ index: Int, _ context: DiagnosisContext) -> Int? {
        let term = context.trace.terms[index]
        guard let weight = term.weight else { return nil }
        let layer = term.kind == .contribution ? term.layer + 1 : term.layer
        let neuron = context.trace.names.destination(ofWeight: weight, layer: layer)
        return context.trace.index(of: TermID(.weight, layer: layer, neuron: neuron, weight: weight))
    }
}
