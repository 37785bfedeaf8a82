import BackpropCore
import Testing

/// The traced step and the fast untraced steps agree to the last bit, and the trace is well formed.
@Suite struct EngineConsistencyTests {
    @Test(arguments: [HiddenWeights.original, .updated], [false, true])
    func untracedStepsMatchTracedOnes(hiddenUses: HiddenWeights, updateBiases: Bool) throws {
        var random = RandomNetworks(seed: 42)
        for sharing in [BiasSharing.perLayer, .perNeuron] {
            let network = try random.network(
                layers: [3, 4, 3, 2], activations: [.tanh, .logistic, .logistic], sharing: sharing
            )
            let options = TrainingOptions(hiddenUses: hiddenUses, updateBiases: updateBiases, steps: 1)
            var stepwise = network
            for _ in 0..<3 { stepwise = try Engine.run(stepwise, options: options).trained }
            var three = options
            three.steps = 3
            let fast = try Engine.run(network, options: three)
            #expect(fast.trained.weights == stepwise.weights)
            #expect(fast.trained.biases == stepwise.biases)
            let lastTraced = try Engine.run(stepwise, options: options)
            #expect(fast.final.totalError == lastTraced[TermName.totalError]!.value)
        }
    }

    @Test func namesAreUniqueAndOperandsComeFirst() throws {
        var random = RandomNetworks(seed: 7)
        let network = try random.network(
            layers: [2, 3, 3, 2], activations: [.relu, .tanh, .logistic], sharing: .perNeuron
        )
        let trace = try Engine.run(network, options: TrainingOptions(updateBiases: true))
        var seen = Set<String>()
        for (index, term) in trace.terms.enumerated() {
            #expect(seen.insert(term.name).inserted, "duplicate \(term.name)")
            for alias in term.aliases { #expect(seen.insert(alias).inserted) }
            #expect(term.formula.operands.allSatisfy { $0 < index }, "\(term.name)")
            #expect(term.name.allSatisfy { $0.isASCII })
        }
        #expect(trace["out_h1_3"] != nil)
        #expect(trace["out_h2_1"] != nil)
        #expect(trace["dE_h2_1/dout_h1_2"] != nil)
        #expect(trace["b_o2+"] != nil)
    }

    @Test func referenceNamesFollowTheWalkthrough() throws {
        let trace = try Engine.run(.reference)
        let names = trace.terms.map(\.name)
        #expect(Array(names.prefix(2)) == ["i1", "i2"])
        #expect(names.contains("target_o1"))
        for name in ["net_h1", "out_h1", "E_o1", "dE_total/dout_o1", "dout_o1/dnet_o1",
                     "delta_o1", "dnet_o1/dw5", "dE_total/dw5", "w5+", "dE_o1/dnet_o1",
                     "dnet_o1/dout_h1", "dE_o1/dout_h1", "dE_total/dout_h1", "dout_h1/dnet_h1",
                     "delta_h1", "dnet_h1/dw1", "dE_total/dw1", "w1+", "dE_total/db1"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(names.firstIndex(of: "w8+")! < names.firstIndex(of: "dE_o1/dnet_o1")!)
    }

    @Test func overflowIsReportedNotTrapped() throws {
        let network = try Network(
            layerSizes: [1, 1], weights: [1e200], biases: [[0]], biasSharing: .perLayer,
            activations: [.linear], inputs: [1e200], targets: [0], learningRate: 0.5
        )
        #expect(throws: EngineError.nonFiniteTerm(name: "net_o1", value: .infinity)) {
            try Engine.run(network)
        }
        let diverging = try Network(
            layerSizes: [1, 1], weights: [1], biases: [[0]], biasSharing: .perLayer,
            activations: [.linear], inputs: [10], targets: [0], learningRate: 5
        )
        #expect {
            try Engine.run(diverging, options: TrainingOptions(steps: 1_000))
        } throws: { error in
            guard case EngineError.nonFiniteAfterStep = error else { return false }
            return true
        }
    }

    @Test func zeroStepsIsRefused() {
        #expect(throws: EngineError.invalidStepCount(0)) {
            try Engine.run(.reference, options: TrainingOptions(steps: 0))
        }
    }
}
