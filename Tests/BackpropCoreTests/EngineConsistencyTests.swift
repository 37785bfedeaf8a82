import BackpropCore
import Testing

/// The traced step and the fast untraced steps are one algorithm and agree to the last bit, and
/// the trace is well formed.
@Suite struct EngineConsistencyTests {
    @Test(arguments: [HiddenWeights.original, .updated], [false, true])
    func untracedStepsMatchTracedOnes(hiddenUses: HiddenWeights, updateBiases: Bool) throws {
        var random = RandomNetworks(seed: 42)
        for sharing in [BiasSharing.perLayer, .perNeuron] {
            let setup = try random.network(
                layers: [3, 4, 3, 2], activations: [.tanh, .logistic, .logistic], sharing: sharing
            )
            try Self.expectTracedEqualsFast(setup, hiddenUses: hiddenUses, updateBiases: updateBiases)
        }
    }

    /// The 40 finite-difference cases (every shape, activation mix and bias layout of
    /// ``GradientCheckTests``), each run traced step by step and untraced, in both orderings.
    @Test(arguments: 0..<GradientCheckTests.cases.count)
    func tracedAndFastAgreeOnTheGradientCases(caseIndex: Int) throws {
        let (shape, activation, sharing) = GradientCheckTests.cases[caseIndex]
        var random = RandomNetworks(seed: UInt64(caseIndex) &* 104_729 &+ 3)
        let activations = (1..<shape.count).map { layer in
            layer == shape.count - 1 ? activation : GradientCheckTests.elementwise[(layer + caseIndex) % 4]
        }
        let setup = try random.network(layers: shape, activations: activations, sharing: sharing)
        for hiddenUses in HiddenWeights.allCases {
            try Self.expectTracedEqualsFast(setup, hiddenUses: hiddenUses, updateBiases: true)
        }
    }

    /// Three traced single steps, one after the other, give the same parameters and error as
    /// one run of three steps (one traced, two untraced).
    static func expectTracedEqualsFast(
        _ setup: TrainingSetup, hiddenUses: HiddenWeights, updateBiases: Bool
    ) throws {
        let options = TrainingOptions(hiddenUses: hiddenUses, updateBiases: updateBiases, steps: 1)
        var stepwise = setup
        var errors: [Double] = []
        for _ in 0..<3 {
            let trace = try Engine.run(stepwise, options: options)
            stepwise.network = trace.trained
            errors.append(trace.final.totalError)
        }
        var three = options
        three.steps = 3
        let fast = try Engine.run(setup, options: three)
        #expect(fast.trained.weights == stepwise.network.weights)
        #expect(fast.trained.biases == stepwise.network.biases)
        #expect(fast.final.totalError == errors[2])
        let lastTraced = try Engine.run(stepwise, options: options)
        #expect(fast.final.totalError == lastTraced.totalError)
        // The traced step's own updated weights are the fast step's.
        let first = try Engine.run(setup, options: options)
        let updated = first.terms.filter { $0.kind == .updatedWeight }
            .sorted { ($0.weight ?? 0) < ($1.weight ?? 0) }.map(\.value)
        #expect(updated == first.trained.weights)
    }

    @Test func identitiesAreUniqueAndOperandsComeFirst() throws {
        var random = RandomNetworks(seed: 7)
        let setup = try random.network(
            layers: [2, 3, 3, 2], activations: [.relu, .tanh, .logistic], sharing: .perNeuron
        )
        let trace = try Engine.run(setup, options: TrainingOptions(updateBiases: true))
        var ids = Set<TermID>()
        var names = Set<String>()
        for (index, term) in trace.terms.enumerated() {
            let name = trace.name(of: term)
            #expect(ids.insert(term.id).inserted, "duplicate identity of \(name)")
            #expect(names.insert(name).inserted, "duplicate \(name)")
            for alias in trace.naming.aliases(term.id) { #expect(names.insert(alias).inserted) }
            #expect(term.formula.operands.allSatisfy { $0 < index }, "\(name)")
            #expect(name.allSatisfy { $0.isASCII })
            #expect(trace.index(of: term.id) == index)
        }
        #expect(trace["out_h1_3"] != nil)
        #expect(trace["out_h2_1"] != nil)
        #expect(trace["dE_h2_1/dout_h1_2"] != nil)
        #expect(trace["b_o2+"] != nil)
    }

    @Test func referenceNamesFollowTheWalkthrough() throws {
        let trace = try Engine.run(.reference)
        let names = trace.terms.map(trace.name(of:))
        #expect(Array(names.prefix(2)) == ["i1", "i2"])
        #expect(names.contains("target_o1"))
        for name in ["net_h1", "out_h1", "E_o1", "dE_total/dout_o1", "dout_o1/dnet_o1",
                     "delta_o1", "dnet_o1/dw5", "dE_total/dw5", "w5+", "dE_o1/dnet_o1",
                     "dnet_o1/dout_h1", "dE_o1/dout_h1", "dE_total/dout_h1", "dout_h1/dnet_h1",
                     "delta_h1", "dnet_h1/dw1", "dE_total/dw1", "w1+", "dE_total/db1"] {
            #expect(names.contains(name), "\(name)")
        }
        #expect(names.firstIndex(of: "w8+")! < names.firstIndex(of: "dE_o1/dnet_o1")!)
        let delta = try #require(trace["delta_o1"])
        #expect(trace.naming.aliases(delta.id) == ["dE_total/dnet_o1"])
    }

    @Test func overflowIsReportedNotTrapped() throws {
        let overflowing = try TrainingSetup(
            layerSizes: [1, 1], weights: [1e200], biases: [[0]], biasSharing: .perLayer,
            activations: [.linear], examples: [Example(inputs: [1e200], targets: [0])],
            learningRate: 0.5
        )
        #expect(throws: EngineError.nonFiniteTerm(name: "net_o1", value: .infinity, step: 1)) {
            try Engine.run(overflowing)
        }
        let diverging = try TrainingSetup(
            layerSizes: [1, 1], weights: [1], biases: [[0]], biasSharing: .perLayer,
            activations: [.linear], examples: [Example(inputs: [10], targets: [0])],
            learningRate: 5
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
