@testable import BackpropCheck
import BackpropCore
import BackpropSupport
import Testing

/// The one evaluator over formulas reproduces the engine's traced step bit for bit, and so do
/// the delta-rule derivations `check` accepts.
@Suite struct FormulaEvaluationTests {
    static let shapes: [([Int], [Activation], BiasSharing)] = [
        ([2, 2, 2], [.logistic, .logistic], .perLayer),
        ([3, 4, 2], [.tanh, .logistic], .perNeuron),
        ([2, 3, 3, 2], [.relu, .tanh, .linear], .perNeuron),
        ([4, 1], [.logistic], .perLayer),
        ([1, 5, 4, 3, 1], [.logistic, .relu, .tanh, .logistic], .perLayer),
    ]

    @Test(arguments: [HiddenWeights.original, .updated], [false, true])
    func evaluatingEveryTermFromItsOperandsReproducesIt(hiddenUses: HiddenWeights, biases: Bool) throws {
        var generator = SplitMix64(seed: 2024)
        func uniform(_ low: Double, _ high: Double) -> Double {
            low + (high - low) * generator.nextUnitDouble()
        }
        for round in 0..<20 {
            let (sizes, activations, sharing) = Self.shapes[round % Self.shapes.count]
            let weights = (0..<(Network.weightCount(for: sizes) ?? 0)).map { _ in uniform(-1, 1) }
            let layerBiases = sizes.dropFirst().map { size in
                (0..<(sharing == .perLayer ? 1 : size)).map { _ in uniform(-0.5, 0.5) }
            }
            let example = Example(
                inputs: (0..<sizes[0]).map { _ in uniform(-1, 1) },
                targets: (0..<sizes[sizes.count - 1]).map { _ in uniform(0, 1) }
            )
            let network = try TrainingSetup(
                layerSizes: sizes, weights: weights, biases: layerBiases, biasSharing: sharing,
                activations: activations, examples: [example], learningRate: uniform(0.05, 1)
            )
            let trace = try Engine.run(
                network, options: TrainingOptions(hiddenUses: hiddenUses, updateBiases: biases)
            )
            let derivations = Derivations(terms: trace.terms)
            for (index, term) in trace.terms.enumerated() {
                let value = term.formula.evaluate { trace.terms[$0].value }
                let name = trace.name(of: term)
                #expect(value == (term.formula == .given ? nil : term.value), "\(name)")
                for formula in derivations.formulas(of: index) {
                    #expect(formula.evaluate { trace.terms[$0].value } == term.value, "\(name)")
                }
            }
        }
    }

    @Test func weightGradientsMayFollowTheDeltaRule() throws {
        let trace = Sheets.reference
        let derivations = Derivations(terms: trace.terms)
        let index = try #require(trace.index(named: "dE_total/dw5"))
        let delta = try #require(trace.index(named: "delta_o1"))
        let input = try #require(trace.index(named: "dnet_o1/dw5"))
        #expect(derivations.formulas(of: index).first == .product([delta, input]))
        #expect(derivations.formulas(of: 0).isEmpty)
    }
}
