import BackpropCore
import Testing

/// `explain --optimizer … --trace-step K`: step K traced with the optimizer's state, every
/// value derived from the ones before it, and the same numbers as the fast steps.
@Suite struct OptimizerTraceTests {
    static let optimizers: [Optimizer] = [.momentum(0.9), .adam, .adam(beta1: 0.8, beta2: 0.99, epsilon: 1e-6)]

    /// Every traced term is its formula evaluated on its operands, bit for bit; step K starts
    /// where K − 1 fast steps stopped and ends where K fast steps end.
    @Test(arguments: optimizers, [1, 2, 5])
    func tracedStepIsTheFastStepDerived(optimizer: Optimizer, step: Int) throws {
        var random = RandomNetworks(seed: 29)
        let shapes: [([Int], [Activation], BiasSharing, Int, Int?)] = [
            ([2, 2, 2], [.logistic, .logistic], .perLayer, 1, nil),
            ([3, 4, 2], [.tanh, .softmax], .perNeuron, 3, 2),
            ([2, 3, 1], [.relu, .linear], .none, 4, nil),
        ]
        for (layers, activations, sharing, examples, batch) in shapes {
            let loss: Loss = activations.last == .softmax ? .crossEntropy : .halfSquared
            let setup = try random.network(
                layers: layers, activations: activations, sharing: sharing, loss: loss, examples: examples
            )
            let options = TrainingOptions(
                updateBiases: sharing != .none, steps: step, batchSize: batch, optimizer: optimizer, tracedStep: step
            )
            let trace = try Engine.run(setup, options: options)
            for term in trace.terms {
                let value = term.formula.evaluate { trace.terms[$0].value }
                #expect(value == (term.formula == .given ? nil : term.value), "\(trace.name(of: term))")
            }
            var trainer = try Trainer(setup, options: options)
            for _ in 1..<step { _ = trainer.step() }
            #expect(trace.setup.network == trainer.network)
            _ = trainer.step()
            #expect(trace.trained == trainer.network)
            let states = trace.terms.filter { $0.kind.isOptimizerState && $0.formula == .given }
            let parameters = trace.network.weights.count
                + (options.updateBiases ? trace.network.biases.reduce(0) { $0 + $1.count } : 0)
            #expect(states.count == parameters * optimizer.statesPerParameter)
            if step == 1 { #expect(states.allSatisfy { $0.value == 0 }) }
        }
    }

    /// One weight, input 1, target 0, no bias, linear: ∂E/∂w = w. Momentum with μ = 0.9 and
    /// η = 0.1 from w = 1: v = 1, w = 0.9; v = 1.8, w = 0.72; then step 3 derives
    /// v⁺ = 0.9·1.8 + 0.72 = 2.34 and w⁺ = 0.72 − 0.1·2.34 = 0.486.
    @Test func momentumsThirdStepByHand() throws {
        let trace = try Engine.run(Self.oneWeight(), options: TrainingOptions(steps: 3, optimizer: .momentum(0.9), tracedStep: 3))
        #expect(try #require(trace["mu"]).value == 0.9)
        #expect(abs(try #require(trace["v_w1"]).value - 1.8) < 1e-15)
        #expect(abs(try #require(trace["w1"]).value - 0.72) < 1e-15)
        #expect(abs(try #require(trace["v_w1+"]).value - 2.34) < 1e-15)
        #expect(abs(try #require(trace["w1+"]).value - 0.486) < 1e-15)
    }

    /// The same weight under Adam with η = 0.1: step 1 has g = 1, m = 0.1, v = 0.001 and moves
    /// w to 1 − 0.1/(1 + 10⁻⁸); step 2 has g = w, m⁺ = 0.09 + 0.1·w, v⁺ = 0.000999 + 0.001·w²,
    /// m̂ = m⁺/(1 − 0.9²), v̂ = v⁺/(1 − 0.999²), w⁺ ≈ 0.800412 (the PyTorch run's figure for
    /// two steps of ½w²; see OptimizerTests).
    @Test func adamsSecondStepByHand() throws {
        let trace = try Engine.run(Self.oneWeight(), options: TrainingOptions(steps: 2, optimizer: .adam, tracedStep: 2))
        let w = 1 - 0.1 / (1 + 1e-8)
        #expect(try #require(trace["w1"]).value == w)
        #expect(abs(try #require(trace["m_w1"]).value - 0.1) < 1e-15)
        #expect(abs(try #require(trace["v_w1"]).value - 0.001) < 1e-15)
        let m = 0.09 + 0.1 * w, v = 0.000999 + 0.001 * w * w
        #expect(abs(try #require(trace["m_w1+"]).value - m) < 1e-15)
        #expect(abs(try #require(trace["v_w1+"]).value - v) < 1e-15)
        #expect(abs(try #require(trace["mhat_w1"]).value - m / 0.19) < 1e-14)
        #expect(abs(try #require(trace["vhat_w1"]).value - v / (1 - 0.998001)) < 1e-12)
        #expect(abs(try #require(trace["w1+"]).value - 0.800412) < 1e-6)
        #expect(try #require(trace["beta2"]).value == 0.999)
        #expect(try #require(trace["epsilon"]).value == 1e-8)
    }

    /// In its first step Adam's corrected moments are the gradient and its square, so the
    /// weight moves by η·g/(|g| + ε): almost exactly η against the gradient's sign.
    @Test func adamsFirstStepCorrectsTheMomentsBackToTheGradient() throws {
        let trace = try Engine.run(.reference, options: TrainingOptions(optimizer: .adam))
        let gradient = try #require(trace["dE_total/dw5"]).value
        #expect(abs(try #require(trace["mhat_w5"]).value - gradient) < 1e-15)
        #expect(abs(try #require(trace["vhat_w5"]).value - gradient * gradient) < 1e-15)
        #expect(abs(try #require(trace["w5+"]).value - (0.4 - 0.5)) < 1e-6)
    }

    @Test func roundingWithAdamIsRefused() {
        #expect(throws: EngineError.adamRounded(decimals: 4)) {
            try Engine.run(.reference, options: TrainingOptions(roundingDecimals: 4, optimizer: .adam))
        }
    }

    /// With rounding, momentum's velocities are rounded like every other computed value.
    @Test func roundedMomentumStaysDerivable() throws {
        let options = TrainingOptions(steps: 3, roundingDecimals: 4, optimizer: .momentum(0.9), tracedStep: 3)
        let trace = try Engine.run(.reference, options: options)
        let rounding = Rounding(decimals: 4)
        for term in trace.terms where term.formula != .given {
            #expect(term.formula.evaluate(rounding: rounding) { trace.terms[$0].value } == term.value)
            #expect(rounding.apply(term.value) == term.value)
        }
    }

    static func oneWeight() throws -> TrainingSetup {
        try TrainingSetup(
            layerSizes: [1, 1], weights: [1], biases: [[]], biasSharing: .none,
            activations: [.linear], examples: [Example(inputs: [1], targets: [0])], learningRate: 0.1
        )
    }
}
