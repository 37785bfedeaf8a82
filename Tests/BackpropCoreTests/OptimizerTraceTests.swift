import BackpropCore
import Testing

/// `explain --optimizer … --trace-step K`: step K traced with the optimizer's state, every
/// value derived from the ones before it, and the same numbers as the fast steps.
@Suite struct OptimizerTraceTests {
    static let optimizers: [Optimizer] = [
        .momentum(0.9), .nesterov(0.9), .rmsprop, .rmsprop(alpha: 0.9, epsilon: 1e-6), .adam,
        .adam(beta1: 0.8, beta2: 0.99, epsilon: 1e-6),
    ]

    /// Every traced term is its formula evaluated on its operands, bit for bit; step K starts
    /// where K − 1 fast steps stopped and ends where K fast steps end.
    @Test(arguments: optimizers, [1, 2, 5])
    func tracedStepIsTheFastStepDerived(optimizer: Optimizer, step: Int) throws {
        try Self.checkTracedStep(optimizer: optimizer, weightDecay: 0, step: step)
    }

    /// The same with weight decay, for every optimizer and plain gradient descent: the
    /// gradient with decay is a term of its own, derived like the others.
    @Test(arguments: [Optimizer.sgd] + optimizers, [1, 3])
    func tracedStepWithWeightDecayIsTheFastStepDerived(optimizer: Optimizer, step: Int) throws {
        try Self.checkTracedStep(optimizer: optimizer, weightDecay: 0.01, step: step)
    }

    static func checkTracedStep(optimizer: Optimizer, weightDecay: Double, step: Int) throws {
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
                updateBiases: sharing != .none, steps: step, batchSize: batch, optimizer: optimizer, tracedStep: step,
                weightDecay: weightDecay
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
            let decayed = trace.terms.filter { $0.kind == .decayedGradient }
            #expect(decayed.count == (weightDecay == 0 ? 0 : parameters))
        }
    }

    /// Nesterov's momentum (PyTorch's `SGD(nesterov=True)`) on the one weight with ∂E/∂w = w,
    /// μ = 0.9, η = 0.1, from w = 1: step 1 has v = 1, d = 1 + 0.9 = 1.9, w = 0.81; step 2
    /// has v = 0.9 + 0.81 = 1.71, d = 0.81 + 0.9·1.71 = 2.349, w = 0.5751; step 3 derives
    /// v⁺ = 0.9·1.71 + 0.5751 = 2.1141, d = 0.5751 + 0.9·2.1141 = 2.47779, w⁺ = 0.327321.
    @Test func nesterovsThirdStepByHand() throws {
        let trace = try Engine.run(Self.oneWeight(), options: TrainingOptions(steps: 3, optimizer: .nesterov(0.9), tracedStep: 3))
        #expect(abs(try #require(trace["v_w1"]).value - 1.71) < 1e-15)
        #expect(abs(try #require(trace["w1"]).value - 0.5751) < 1e-15)
        #expect(abs(try #require(trace["v_w1+"]).value - 2.1141) < 1e-15)
        #expect(abs(try #require(trace["d_w1"]).value - 2.47779) < 1e-15)
        #expect(abs(try #require(trace["w1+"]).value - 0.327321) < 1e-15)
    }

    /// RMSprop (α = 0.99, ε = 10⁻⁸) on the same weight with η = 0.01: step 1 has g = 1,
    /// v = 0.01, w = 1 − 0.01/(0.1 + 10⁻⁸) ≈ 0.9; step 2 derives v⁺ = 0.99·0.01 + 0.01·w²
    /// ≈ 0.018 and w⁺ = w − 0.01·w/(√v⁺ + ε) ≈ 0.9 − 0.009/0.134164 ≈ 0.832918.
    @Test func rmspropsSecondStepByHand() throws {
        let trace = try Engine.run(
            Self.oneWeight(learningRate: 0.01), options: TrainingOptions(steps: 2, optimizer: .rmsprop, tracedStep: 2)
        )
        let w = 1 - 0.01 / (0.1 + 1e-8)
        #expect(try #require(trace["alpha"]).value == 0.99)
        #expect(abs(try #require(trace["v_w1"]).value - 0.01) < 1e-15)
        #expect(abs(try #require(trace["w1"]).value - w) < 1e-15)
        let v = 0.99 * 0.01 + 0.01 * w * w
        #expect(abs(try #require(trace["v_w1+"]).value - v) < 1e-15)
        #expect(abs(try #require(trace["w1+"]).value - (w - 0.01 * w / (v.squareRoot() + 1e-8))) < 1e-15)
        #expect(abs(try #require(trace["w1+"]).value - 0.832918) < 1e-6)
    }

    /// Weight decay λ = 0.1 with gradient descent, η = 0.1, on ∂E/∂w = w: each step's gradient
    /// is g = w + 0.1·w = 1.1·w, so w shrinks by 1 − 0.11 per step: 0.89, then 0.7921.
    @Test func weightDecaysSecondStepByHand() throws {
        let trace = try Engine.run(Self.oneWeight(), options: TrainingOptions(steps: 2, tracedStep: 2, weightDecay: 0.1))
        #expect(try #require(trace["lambda"]).value == 0.1)
        #expect(abs(try #require(trace["w1"]).value - 0.89) < 1e-15)
        #expect(abs(try #require(trace["dE_total/dw1"]).value - 0.89) < 1e-15)
        #expect(abs(try #require(trace["g_w1"]).value - 0.979) < 1e-15)
        #expect(abs(try #require(trace["w1+"]).value - 0.7921) < 1e-15)
    }

    /// The gradient with decay is what the optimizer sees: Adam's first moment averages it.
    @Test func adamAveragesTheDecayedGradient() throws {
        let trace = try Engine.run(Self.oneWeight(), options: TrainingOptions(optimizer: .adam, weightDecay: 0.5))
        #expect(try #require(trace["g_w1"]).value == 1.5)
        #expect(abs(try #require(trace["m_w1+"]).value - 0.15) < 1e-15)
        #expect(abs(try #require(trace["v_w1+"]).value - 0.00225) < 1e-15)
    }

    @Test func roundingWithRMSpropIsRefused() {
        #expect(throws: EngineError.rmspropRounded(decimals: 6)) {
            try Engine.run(.reference, options: TrainingOptions(roundingDecimals: 6, optimizer: .rmsprop))
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

    static func oneWeight(learningRate: Double = 0.1) throws -> TrainingSetup {
        try TrainingSetup(
            layerSizes: [1, 1], weights: [1], biases: [[]], biasSharing: .none,
            activations: [.linear], examples: [Example(inputs: [1], targets: [0])], learningRate: learningRate
        )
    }
}
