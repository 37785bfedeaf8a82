import BackpropCore
import Testing

/// Each optimizer's first steps against values worked by hand and published PyTorch runs.
///
/// A one-weight linear network without bias, input x and target 0 under the half-squared loss
/// has E = ½(w·x)², so ∂E/∂w = w·x²: with x = 2 it is the gradient of 2w², with x = 1 that of
/// ½w², the two functions of the PyTorch forum's comparison (discuss.pytorch.org/t/129291:
/// from w = 1, SGD with lr 0.1 gives 0.6 and 0.9, Adam with its defaults 0.9990 and 0.9990).
@Suite struct OptimizerTests {
    static func weights(
        _ optimizer: Optimizer, input: Double, learningRate: Double, steps: Int
    ) throws -> [Double] {
        let setup = try TrainingSetup(
            layerSizes: [1, 1], weights: [1], biases: [[]], biasSharing: .none,
            activations: [.linear], examples: [Example(inputs: [input], targets: [0])],
            learningRate: learningRate
        )
        var trainer = try Trainer(setup, options: TrainingOptions(optimizer: optimizer))
        return (0..<steps).map { _ in
            _ = trainer.step()
            return trainer.network.weights[0]
        }
    }

    @Test func sgdMatchesPyTorch() throws {
        #expect(try Self.weights(.sgd, input: 2, learningRate: 0.1, steps: 1) == [1 - 0.1 * 4])
        #expect(try Self.weights(.sgd, input: 1, learningRate: 0.1, steps: 1) == [0.9])
    }

    @Test func adamFirstStepMovesByTheLearningRateTimesTheSignOfTheGradient() throws {
        for input in [2.0, 1.0] {
            let first = try Self.weights(.adam, input: input, learningRate: 0.001, steps: 1)[0]
            #expect(abs(first - 0.9990) < 5e-5)
            let gradient = input * input
            #expect(first == 1 - 0.001 * gradient / (gradient + 1e-8))
        }
    }

    @Test func adamSecondStepUsesBiasCorrection() throws {
        let steps = try Self.weights(.adam, input: 1, learningRate: 0.1, steps: 2)
        // Step 1: g = 1, m = 0.1, v = 0.001, m̂ = v̂ = 1.
        let w1 = 1 - 0.1 * 1 / (1 + 1e-8)
        // Step 2: g = w1; m = 0.9·0.1 + 0.1·g, v = 0.999·0.001 + 0.001·g²,
        // m̂ = m / (1 − 0.81), v̂ = v / (1 − 0.998001).
        let m = 0.9 * 0.1 + 0.1 * w1, v = 0.999 * 0.001 + 0.001 * w1 * w1
        let w2 = w1 - 0.1 * (m / 0.19) / ((v / (1 - 0.998001)).squareRoot() + 1e-8)
        #expect(steps[0] == w1)
        #expect(abs(steps[1] - w2) < 1e-12)
        #expect(abs(steps[1] - 0.800412) < 1e-6)
    }

    @Test func momentumAccumulatesTheGradientsPyTorchsWay() throws {
        // v = 0.9·v + g, w −= 0.1·v: v₁ = 1, w₁ = 0.9; v₂ = 0.9 + 0.9 = 1.8, w₂ = 0.72;
        // v₃ = 1.62 + 0.72 = 2.34, w₃ = 0.486.
        let steps = try Self.weights(.momentum(0.9), input: 1, learningRate: 0.1, steps: 3)
        for (value, expected) in zip(steps, [0.9, 0.72, 0.486]) {
            #expect(abs(value - expected) < 1e-12)
        }
    }

    /// PyTorch's Nesterov update: v = μv + g, w −= η(g + μv). With μ = 0.9, η = 0.1 and
    /// ∂E/∂w = w from w = 1: w₁ = 1 − 0.1·1.9 = 0.81, w₂ = 0.81 − 0.1·(0.81 + 0.9·1.71) = 0.5751.
    @Test func nesterovLooksAheadPyTorchsWay() throws {
        let steps = try Self.weights(.nesterov(0.9), input: 1, learningRate: 0.1, steps: 2)
        for (value, expected) in zip(steps, [0.81, 0.5751]) {
            #expect(abs(value - expected) < 1e-12)
        }
    }

    /// RMSprop's first step: v = (1 − α)g², so w moves by η·g/(√(1 − α)·|g| + ε), about 10η
    /// against the gradient for α = 0.99, whatever the gradient's size (2w² and ½w² alike).
    @Test func rmspropsFirstStepIsTenTimesTheLearningRate() throws {
        for input in [2.0, 1.0] {
            let gradient = input * input
            let first = try Self.weights(.rmsprop, input: input, learningRate: 0.001, steps: 1)[0]
            #expect(first == 1 - 0.001 * gradient / ((0.01 * gradient * gradient).squareRoot() + 1e-8))
            #expect(abs(first - 0.99) < 1e-6)
        }
    }

    /// L2 weight decay adds λ·w to the gradient: with λ = 0.1 and ∂E/∂w = w, w shrinks by the
    /// factor 1 − 0.1·1.1 = 0.89 per step of η = 0.1.
    @Test func weightDecayAddsLambdaTimesTheWeight() throws {
        let setup = try TrainingSetup(
            layerSizes: [1, 1], weights: [1], biases: [[]], biasSharing: .none,
            activations: [.linear], examples: [Example(inputs: [1], targets: [0])], learningRate: 0.1
        )
        var trainer = try Trainer(setup, options: TrainingOptions(weightDecay: 0.1))
        for expected in [0.89, 0.7921, 0.704969] {
            _ = trainer.step()
            #expect(abs(trainer.network.weights[0] - expected) < 1e-12)
        }
    }

    @Test func momentumOfZeroIsPlainGradientDescent() throws {
        #expect(
            try Self.weights(.momentum(0), input: 1.5, learningRate: 0.2, steps: 5)
                == Self.weights(.sgd, input: 1.5, learningRate: 0.2, steps: 5)
        )
    }

    /// The fast steps of a trainer and the engine's run of the same steps are one algorithm.
    @Test(arguments: [Optimizer.sgd, .momentum(0.9), .nesterov(0.9), .rmsprop, .adam], [0, 0.01])
    func trainerAgreesWithTheEngine(optimizer: Optimizer, weightDecay: Double) throws {
        var random = RandomNetworks(seed: 7)
        let setup = try random.network(layers: [3, 4, 2], activations: [.tanh, .logistic], sharing: .perNeuron)
        let options = TrainingOptions(updateBiases: true, steps: 25, optimizer: optimizer, weightDecay: weightDecay)
        var trainer = try Trainer(setup, options: options)
        for _ in 0..<25 { _ = trainer.step() }
        #expect(trainer.network == (try Engine.run(setup, options: options).trained))
    }

    /// Step K traced after K − 1 fast steps starts from the weights the fast steps reached.
    @Test func tracedStepStartsWhereTheFastStepsStopped() throws {
        var random = RandomNetworks(seed: 11)
        let setup = try random.network(layers: [2, 3, 1], activations: [.logistic, .logistic], sharing: .perLayer)
        var trainer = try Trainer(setup, options: TrainingOptions(updateBiases: true))
        for _ in 0..<4 { _ = trainer.step() }
        let trace = try Engine.run(setup, options: TrainingOptions(updateBiases: true, steps: 5, tracedStep: 5))
        #expect(trace.setup.network == trainer.network)
        _ = trainer.step()
        #expect(trace.trained == trainer.network)
    }

    @Test func classesAreReadFromTargetsAndOutputs() {
        #expect(Classification.label(ofTargets: [1]) == 1)
        #expect(Classification.label(ofTargets: [0.5]) == nil)
        #expect(Classification.label(ofTargets: [0, 0, 1]) == 2)
        #expect(Classification.label(ofTargets: [1, 1, 0]) == nil)
        #expect(Classification.label(ofOutputs: [0.51]) == 1)
        #expect(Classification.label(ofOutputs: [0.2, 0.7, 0.1]) == 1)
    }
}
