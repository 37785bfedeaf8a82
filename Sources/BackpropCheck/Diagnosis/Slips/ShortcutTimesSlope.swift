import BackpropCore

/// With cross-entropy on a softmax (or binary cross-entropy on a logistic output) δ is simply
/// out − target; this slip multiplies the shortcut by the activation's slope once more.
struct ShortcutTimesSlope: SlipCheck {
    func diagnose(_ context: DiagnosisContext) -> Diagnosis? {
        let term = context.term
        let loss = context.trace.setup.loss
        guard term.kind == .delta, loss.simplifiesWithItsActivation,
              term.layer == context.trace.network.layerCount - 1, let neuron = term.neuron else { return nil }
        let example = term.id.example
        let layer = term.layer
        guard let output = context.trace.index(of: TermID(.output, layer: layer, neuron: neuron, example: example)),
              let target = context.trace.index(of: TermID(.target, layer: layer, neuron: neuron, example: example)),
              let slope = diagonalSlope(layer: layer, neuron: neuron, example: example, context) else { return nil }
        let outputValue = context.world.evaluate(.equal(output))
        let targetValue = context.world.evaluate(.equal(target))
        let slopeValue = context.world.evaluate(.equal(slope))
        let candidate = (outputValue - targetValue) * slopeValue
        let allowance = context.world.allowance(for: .product([output, slope])) + context.world.allowance(for: .product([target, slope]))
        guard context.matches(candidate, allowance: allowance) else { return nil }
        return Diagnosis(.shortcutTimesSlope, .shortcutTimesSlope(slope: slope))
    }

    /// ∂out/∂net of the neuron itself: the Jacobian's diagonal for a softmax.
    private func diagonalSlope(layer: Int, neuron: Int, example: Int?, _ context: DiagnosisContext) -> Int? {
        context.trace.index(of: TermID(.activationSlope, layer: layer, neuron: neuron, example: example))
            ?? context.trace.index(of: TermID(.activationSlope, layer: layer, neuron: neuron, example: example, output: neuron))
    }
}
