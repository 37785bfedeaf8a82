import BackpropCore
import BackpropSupport

/// Draws networks for exercises: values with two decimals that a person can compute with by
/// hand, checked against ``ExerciseChecks`` so that no exercise is degenerate.
///
/// The draws, all from ``SplitMix64`` (so every machine gives the same exercises for a seed):
/// - the set's seed starts a stream whose k-th number is exercise k's own seed, so exercise k is
///   the same whatever the count asked for;
/// - from exercise k's stream, candidates are drawn until one passes the checks and differs from
///   the exercises before it: inputs k/100 with k in 5…95, then targets, then the weights
///   w1, w2, … and then one shared bias per layer, k/100 with k in 10…80 (unless the settings
///   want no biases), then the inputs and targets of every further example the settings ask for;
/// - targets are k/100 with k in 1…99, except for a softmax output (one class per example, drawn
///   from 0…n−1: 1 for its output, 0 for the others) and for binary cross-entropy (each 0 or 1);
/// - a weight into a layer of fan-in n has magnitude k/100 with k between ``weightRange(fanIn:)``'s
///   bounds, negative with probability ¼ (a draw of 0 from 0…3);
/// - the learning rate, activations and loss are the settings' (by default 0.5, logistic and half
///   squared error, as in the reference).
///
/// With the default settings the draws are those of the first release, so a seed keeps its set.
package struct ExerciseGenerator: Sendable {
    /// The seed of the whole set.
    package let seed: UInt64
    /// Neurons per layer, inputs first.
    package let layerSizes: [Int]
    /// How the exercises are trained.
    package let settings: ExerciseSettings

    /// The most neurons in one layer of an exercise.
    package static let maximumLayerSize = 8
    /// The most layers of an exercise, inputs and outputs included.
    package static let maximumLayerCount = 6
    /// The most candidates drawn for one exercise before giving up.
    package static let maximumAttempts = 20_000
    /// The default learning rate, the reference's.
    package static let learningRate = 0.5
    /// The largest learning rate an exercise may have: larger steps overshoot, so that hardly
    /// any draw lowers the error.
    package static let maximumLearningRate = 10.0

    /// A generator for networks of `layerSizes` trained as `settings` say.
    ///
    /// - Throws: ``ExerciseError/unsuitableLayers(_:_:)`` for sizes that are not for hand
    ///   calculation (fewer than 2 or more than ``maximumLayerCount`` layers, a layer of more
    ///   than ``maximumLayerSize`` neurons, or an empty layer);
    ///   ``ExerciseError/unsuitableSettings(_:)`` for settings that make no exercise of them:
    ///   an example count outside 1…``ExerciseSettings/maximumExampleCount``, a learning rate
    ///   outside (0, ``maximumLearningRate``], training options of other than one step, a
    ///   softmax output of one neuron, or any
    ///   combination that ``TrainingSetup`` or the engine refuses.
    package init(
        seed: UInt64, layerSizes: [Int], settings: ExerciseSettings = ExerciseSettings()
    ) throws(ExerciseError) {
        guard (2...Self.maximumLayerCount).contains(layerSizes.count) else {
            throw .unsuitableLayers(layerSizes, .layerCount(limit: Self.maximumLayerCount))
        }
        guard layerSizes.allSatisfy({ (1...Self.maximumLayerSize).contains($0) }) else {
            throw .unsuitableLayers(layerSizes, .layerSize(limit: Self.maximumLayerSize))
        }
        try Self.check(settings, layerSizes: layerSizes)
        self.seed = seed
        self.layerSizes = layerSizes
        self.settings = settings
    }

    /// Refuses settings that cannot make an exercise of these layers, before any draw: the
    /// combinations through ``TrainingSetup`` with stand-in values of the kinds that are drawn.
    private static func check(_ settings: ExerciseSettings, layerSizes: [Int]) throws(ExerciseError) {
        let limit = ExerciseSettings.maximumExampleCount
        guard (1...limit).contains(settings.exampleCount) else {
            throw .unsuitableSettings(.exampleCount(settings.exampleCount, limit: limit))
        }
        let rate = settings.learningRate
        guard rate > 0, rate <= maximumLearningRate else {
            throw .unsuitableSettings(.learningRate(rate, limit: maximumLearningRate))
        }
        guard settings.training.steps == 1 else {
            throw .unsuitableSettings(.stepCount(settings.training.steps))
        }
        let layers = layerSizes.count - 1
        let outputs = layerSizes[layers]
        let targets: [Double] = switch settings.targetKind(forLayers: layers) {
        case .unitInterval: Array(repeating: 0.5, count: outputs)
        case .oneHot, .binary: [1] + Array(repeating: 0, count: outputs - 1)
        }
        let example = Example(inputs: Array(repeating: 0.5, count: layerSizes[0]), targets: targets)
        let probe: TrainingSetup
        do {
            probe = try TrainingSetup(
                layerSizes: layerSizes,
                weights: Array(repeating: 0.1, count: Network.weightCount(for: layerSizes) ?? 0),
                biases: Array(repeating: settings.hasBiases ? [0.1] : [], count: layers),
                biasSharing: settings.hasBiases ? .perLayer : .none,
                activations: settings.activations(forLayers: layers),
                examples: Array(repeating: example, count: settings.exampleCount),
                loss: settings.loss, learningRate: rate
            )
        } catch {
            throw .unsuitableSettings(.network(error))
        }
        do {
            _ = try Engine.run(probe, options: settings.training)
        } catch {
            throw .unsuitableSettings(.training(error))
        }
        if settings.outputActivation(forLayers: layers) == .softmax, outputs == 1 {
            throw .unsuitableSettings(.softmaxOfOneOutput)
        }
    }

    /// The first `count` exercises of the set, each different from the others.
    ///
    /// - Throws: ``ExerciseError/noSuitableNetwork(exercise:attempts:)`` when no candidate of
    ///   an exercise passes the checks within ``maximumAttempts`` draws.
    package func exercises(count: Int) throws(ExerciseError) -> [Exercise] {
        guard count > 0 else { return [] }
        var seeds = SplitMix64(seed: seed)
        var exercises: [Exercise] = []
        for number in 1...count {
            let ownSeed = seeds.next()
            var stream = SplitMix64(seed: ownSeed)
            var found: TrainingSetup?
            for _ in 0..<Self.maximumAttempts {
                guard let candidate = draw(&stream),
                      !exercises.contains(where: { $0.setup == candidate }),
                      let trace = try? Engine.run(candidate, options: settings.training),
                      ExerciseChecks.degeneracies(of: trace).isEmpty else { continue }
                found = candidate
                break
            }
            guard let setup = found else {
                throw .noSuitableNetwork(exercise: number, attempts: Self.maximumAttempts)
            }
            exercises.append(
                Exercise(number: number, seed: ownSeed, setup: setup, options: settings.training)
            )
        }
        return exercises
    }

    /// The smallest and largest magnitude, in hundredths, of a weight into a layer whose neurons
    /// have `fanIn` inputs: up to 0.80 for two inputs, less for more so that net inputs stay
    /// moderate; at least an eighth of the largest.
    package static func weightRange(fanIn: Int) -> ClosedRange<Int> {
        let largest = min(80, max(10, 160 / max(fanIn, 1)))
        return max(1, largest / 8)...largest
    }

    /// One candidate, or nil if the drawn values do not form a valid network or two of its
    /// examples have the same inputs.
    func draw(_ stream: inout SplitMix64) -> TrainingSetup? {
        func hundredths(_ range: ClosedRange<Int>) -> Double { Double(stream.nextInt(in: range)) / 100 }
        let layers = layerSizes.count - 1
        let targetKind = settings.targetKind(forLayers: layers)
        func example() -> Example {
            let inputs = (0..<layerSizes[0]).map { _ in hundredths(5...95) }
            let outputs = layerSizes[layers]
            switch targetKind {
            case .unitInterval:
                return Example(inputs: inputs, targets: (0..<outputs).map { _ in hundredths(1...99) })
            case .binary:
                return Example(
                    inputs: inputs, targets: (0..<outputs).map { _ in Double(stream.nextInt(in: 0...1)) }
                )
            case .oneHot:
                let chosen = stream.nextInt(in: 0...(outputs - 1))
                return Example(inputs: inputs, targets: (0..<outputs).map { $0 == chosen ? 1 : 0 })
            }
        }
        var examples = [example()]
        var weights: [Double] = []
        for layer in 1..<layerSizes.count {
            let range = Self.weightRange(fanIn: layerSizes[layer - 1])
            for _ in 0..<(layerSizes[layer - 1] * layerSizes[layer]) {
                let magnitude = hundredths(range)
                weights.append(stream.nextInt(in: 0...3) == 0 ? -magnitude : magnitude)
            }
        }
        let biases = settings.hasBiases
            ? (1..<layerSizes.count).map { _ in [hundredths(10...80)] }
            : Array(repeating: [], count: layers)
        while examples.count < settings.exampleCount { examples.append(example()) }
        guard Set(examples.map(\.inputs)).count == examples.count else { return nil }
        return try? TrainingSetup(
            layerSizes: layerSizes, weights: weights, biases: biases,
            biasSharing: settings.hasBiases ? .perLayer : .none,
            activations: settings.activations(forLayers: layers),
            examples: examples, loss: settings.loss, learningRate: settings.learningRate
        )
    }
}
