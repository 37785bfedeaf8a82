import BackpropCore
import Foundation
import Testing

/// `GradientCheck`: the engine's own numerical check of a traced step, with its verdicts, its
/// sample of a large network and the terms `check` judges.
@Suite struct NumericalGradientCheckTests {
    @Test func forwardPassAloneGivesTheTracedTotalErrorBitForBit() throws {
        let trace = try Engine.run(.reference)
        #expect(Engine.totalError(of: .reference) == trace.totalError)
    }

    @Test func everyParameterOfTheReferenceIsFine() throws {
        let trace = try Engine.run(.reference)
        let check = try GradientCheck(trace: trace)
        #expect(check.step == 1e-5)
        #expect(check.parameterCount == 10)
        #expect(!check.isSample)
        #expect(check.passes)
        let names = check.entries.map { trace.naming.name($0.parameter) }
        #expect(names == ["w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2"])
        for entry in check.entries {
            #expect(entry.verdict == .fine, "\(trace.naming.name(entry.parameter)): \(entry.relativeError)")
            #expect(entry.relativeError < 1e-7)
            #expect(!entry.crossesKink)
            #expect(entry.estimate == (entry.raisedError - entry.loweredError) / (2 * 1e-5))
        }
        let w5 = try #require(check.entries.first { $0.parameter.weight == 4 })
        #expect(abs(w5.gradient - 0.082167041) < 1e-9)
        #expect(w5.value == 0.4)
        #expect(abs(w5.raisedError - trace.totalError!) < 1e-5)
    }

    /// Under `--hidden-uses updated` the hidden layer's "gradients" use the updated output
    /// weights: not the gradient of E_total, and the check says so.
    @Test func theUpdatedOrderingsHiddenGradientsAreSuspect() throws {
        let trace = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .updated))
        let check = try GradientCheck(trace: trace)
        for entry in check.entries {
            let hidden = entry.parameter.layer == 1
            #expect(entry.verdict == (hidden ? .suspect : .fine), "\(trace.naming.name(entry.parameter))")
        }
        #expect(!check.passes)
    }

    /// h1's net input is 10⁻⁷ and w1 multiplies an input of 1: moving w1 (or the shared b1) by
    /// h = 10⁻⁵ crosses the ReLU's kink, which is flagged rather than failed.
    @Test func aReluKinkWithinTheStepIsFlagged() throws {
        let setup = try TrainingSetup(
            layerSizes: [1, 2, 1], weights: [-0.35 + 1e-7, 0.8, 0.6, -0.4], biases: [[0.35], [0.1]],
            biasSharing: .perLayer, activations: [.relu, .linear],
            examples: [Example(inputs: [1], targets: [0.3])], learningRate: 0.5
        )
        let trace = try Engine.run(setup)
        let check = try GradientCheck(trace: trace)
        let verdicts = Dictionary(uniqueKeysWithValues: check.entries.map { (trace.naming.name($0.parameter), $0) })
        #expect(verdicts["w1"]?.crossesKink == true)
        #expect(verdicts["w1"]?.verdict == .kink)
        #expect(verdicts["w2"]?.verdict == .fine)
        #expect(verdicts["w1"].map { $0.relativeError > GradientCheck.suspectAbove } == true, "the difference straddles the corner")
        #expect(verdicts["b1"]?.verdict == .kink, "the shared bias moves net_h1 too")
        for name in ["w3", "w4", "b2"] {
            #expect(verdicts[name]?.crossesKink == false, "\(name) lies after the kink: it does not move net_h1")
            #expect(verdicts[name]?.verdict.fails == false)
        }
        // w3 multiplies out_h1 = 10⁻⁷: a gradient that small is below what h resolves.
        #expect(verdicts["w3"]?.verdict == .belowResolution)
        #expect(check.passes)
        let far = try GradientCheck(trace: trace, step: 1e-9)
        #expect(far.entries.allSatisfy { !$0.crossesKink })
    }

    /// A gradient of 10⁻²⁶ beside a loss of 0.125 is below what 2h can resolve.
    @Test func aGradientBelowTheResolutionIsNotCalledSuspect() throws {
        let setup = try TrainingSetup(
            layerSizes: [1, 2], weights: [30, 0], biases: [[0]], biasSharing: .perLayer,
            activations: [.logistic], examples: [Example(inputs: [1], targets: [1, 0])], learningRate: 0.5
        )
        let trace = try Engine.run(setup)
        let check = try GradientCheck(trace: trace, parameters: [TermID(.weight, layer: 1, neuron: 0, weight: 0)])
        let entry = try #require(check.entries.first)
        #expect(abs(entry.gradient) < 1e-20)
        #expect(entry.relativeError > 0.5)
        #expect(entry.verdict == .belowResolution)
    }

    @Test func aLargeNetworkIsCheckedOnASampleWithEveryLayersFirstParameters() throws {
        let layers = [60, 50, 40, 3]
        let network = try Network(
            layerSizes: layers, weights: Array(repeating: 0.01, count: Network.weightCount(for: layers)!),
            biases: layers.dropFirst().map { Array(repeating: 0.1, count: $0) }, biasSharing: .perNeuron,
            activations: [.tanh, .relu, .logistic]
        )
        let setup = try TrainingSetup(
            network: network,
            examples: [Example(inputs: Array(repeating: 0.5, count: 60), targets: [0.1, 0.5, 0.9])],
            learningRate: 0.1
        )
        let all = GradientCheck.parameters(of: setup)
        #expect(all.count == GradientCheck.parameterCount(of: network))
        let sample = GradientCheck.parameters(of: setup, work: 2_000_000)
        let passCost = network.weights.count + layers.reduce(0, +)
        #expect(sample.count <= 2_000_000 / (2 * passCost) + 2 * (layers.count - 1))
        #expect(sample.count >= 2_000_000 / (2 * passCost))
        for layer in 1..<layers.count {
            #expect(sample.contains(TermID(.weight, layer: layer, neuron: 0, weight: network.firstWeight(intoLayer: layer))))
            #expect(sample.contains(TermID(.bias, layer: layer, neuron: 0)))
        }
        let check = try GradientCheck(trace: try Engine.run(setup), parameters: sample)
        #expect(check.isSample)
        #expect(check.entries.count == sample.count)
        #expect(check.entries.allSatisfy { $0.verdict != .suspect })
    }

    @Test func theTermsOfACheckAreNamedAndEvaluateBitForBit() throws {
        let trace = try Engine.run(.reference)
        let check = try GradientCheck(trace: trace)
        let extended = trace.adding(check)
        #expect(extended.terms.count == trace.terms.count + 30)
        #expect(Array(extended.terms.prefix(trace.terms.count)) == trace.terms)
        let added = extended.terms.dropFirst(trace.terms.count)
        #expect(added.allSatisfy { $0.section == .gradientCheck })
        #expect(added.prefix(3).map { extended.name(of: $0) } == ["E_total(w1+h)", "E_total(w1-h)", "DeltaE_total/Deltaw1"])
        #expect(added.suffix(3).map { extended.name(of: $0) } == ["E_total(b2+h)", "E_total(b2-h)", "DeltaE_total/Deltab2"])
        for term in added where term.kind == .differenceQuotient {
            let value = term.formula.evaluate { extended.terms[$0].value }
            #expect(value == term.value)
        }
        for term in added where term.kind != .differenceQuotient {
            #expect(term.formula.evaluate { extended.terms[$0].value } == nil)
        }
        #expect(extended["DeltaE_total/Deltaw5"]?.value == check.entries[4].estimate)
    }

    @Test func perNeuronBiasesAndInformalSpellingsAreNamed() throws {
        let naming = TermNaming(NeuronNames(layerSizes: [2, 2, 2], biasSharing: .perNeuron))
        let quotient = TermID(.differenceQuotient, layer: 1, neuron: 0)
        #expect(naming.name(quotient) == "DeltaE_total/Deltab_h1")
        #expect(naming.name(TermID(.loweredError, layer: 2, neuron: 1)) == "E_total(b_o2-h)")
        let w5 = TermID(.differenceQuotient, layer: 2, neuron: 0, weight: 4)
        #expect(naming.spellings(w5) == ["DeltaE_total/Deltaw5", "DeltaE/Deltaw5", "numerical dE_total/dw5", "numerical dE/dw5"])
        #expect(naming.spellings(TermID(.raisedError, layer: 2, neuron: 0, weight: 4)) == ["E_total(w5+h)", "E(w5+h)"])
    }

    @Test func aStepThatOverflowsIsAnEngineError() throws {
        let setup = try TrainingSetup(
            layerSizes: [1, 1], weights: [1e308], biases: [[0]], biasSharing: .perLayer,
            activations: [.linear], examples: [Example(inputs: [1], targets: [0])], learningRate: 0
        )
        // E = ½·(1e308)² overflows already in the traced step.
        #expect(throws: EngineError.self) { try Engine.run(setup) }
    }
}
