import BackpropCore
import BackpropSupport

/// Draws networks for exercises: values with two decimals that a person can compute with by
/// hand, checked against ``ExerciseChecks`` so that no exercise is degenerate.
///
/// The draws, all from ``SplitMix64`` (so every machine gives the same exercises for a seed):
/// - the set's seed starts a stream whose k-th number is exercise k's own seed, so exercise k is
///   the same whatever the count asked for;
/// - from exercise k's stream, candidates are drawn until one passes the checks and differs from
///   the exercises before it: inputs k/100 with k in 5…95, then targets k/100 with k in 1…99,
///   then the weights w1, w2, … and then one shared bias per layer, k/100 with k in 10…80;
/// - a weight into a layer of fan-in n has magnitude k/100 with k between ``weightRange(fanIn:)``'s
///   bounds, negative with probability ¼ (a draw of 0 from 0…3);
/// - the learning rate is 0.5 and the activation logistic, as in the reference.
public struct ExerciseGenerator: Sendable {
    /// The seed of the whole set.
    public let seed: UInt64
    /// Neurons per layer, inputs first.
    public let layerSizes: [Int]

    /// The most neurons in one layer of an exercise.
    public static let maximumLayerSize = 8
    /// The most layers of an exercise, inputs and outputs included.
    public static let maximumLayerCount = 6
    /// The most candidates drawn for one exercise before giving up.
    public static let maximumAttempts = 20_000
    /// The learning rate of every exercise.
    public static let learningRate = 0.5

    /// A generator for networks of `layerSizes`.
    ///
    /// - Throws: ``ExerciseError/unsuitableLayers(_:_:)`` for sizes that are not for hand
    ///   calculation (fewer than 2 or more than ``maximumLayerCount`` layers, a layer of more
    ///   than ``maximumLayerSize`` neurons, or an empty layer).
    public init(seed: UInt64, layerSizes: [Int]) throws(ExerciseError) {
        guard (2...Self.maximumLayerCount).contains(layerSizes.count) else {
            throw .unsuitableLayers(layerSizes, .layerCount(limit: Self.maximumLayerCount))
        }
        guard layerSizes.allSatisfy({ (1...Self.maximumLayerSize).contains($0) }) else {
            throw .unsuitableLayers(layerSizes, .layerSize(limit: Self.maximumLayerSize))
        }
        self.seed = seed
        self.layerSizes = layerSizes
    }

    /// The first `count` exercises of the set, each different from the others.
    ///
    /// - Throws: ``ExerciseError/noSuitableNetwork(exercise:attempts:)`` when no candidate of
    ///   an exercise passes the checks within ``maximumAttempts`` draws.
    public func exercises(count: Int) throws(ExerciseError) -> [Exercise] {
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
                      let trace = try? Engine.run(candidate),
                      ExerciseChecks.degeneracies(of: trace).isEmpty else { continue }
                found = candidate
                break
            }
            guard let setup = found else {
                throw .noSuitableNetwork(exercise: number, attempts: Self.maximumAttempts)
            }
            exercises.append(Exercise(number: number, seed: ownSeed, setup: setup))
        }
        return exercises
    }

    /// The smallest and largest magnitude, in hundredths, of a weight into a layer whose neurons
    /// have `fanIn` inputs: up to 0.80 for two inputs, less for more so that net inputs stay
    /// moderate; at least an eighth of the largest.
    public static func weightRange(fanIn: Int) -> ClosedRange<Int> {
        let largest = min(80, max(10, 160 / max(fanIn, 1)))
        return max(1, largest / 8)...largest
    }

    /// One candidate, or nil if the drawn values do not form a valid network (never expected).
    func draw(_ stream: inout SplitMix64) -> TrainingSetup? {
        func hundredths(_ range: ClosedRange<Int>) -> Double { Double(stream.nextInt(in: range)) / 100 }
        let inputs = (0..<layerSizes[0]).map { _ in hundredths(5...95) }
        let targets = (0..<layerSizes[layerSizes.count - 1]).map { _ in hundredths(1...99) }
        var weights: [Double] = []
        for layer in 1..<layerSizes.count {
            let range = Self.weightRange(fanIn: layerSizes[layer - 1])
            for _ in 0..<(layerSizes[layer - 1] * layerSizes[layer]) {
                let magnitude = hundredths(range)
                weights.append(stream.nextInt(in: 0...3) == 0 ? -magnitude : magnitude)
            }
        }
        let biases = (1..<layerSizes.count).map { _ in [hundredths(10...80)] }
        return try? TrainingSetup(
            layerSizes: layerSizes, weights: weights, biases: biases, biasSharing: .perLayer,
            activations: Array(repeating: .logistic, count: layerSizes.count - 1),
            examples: [Example(inputs: inputs, targets: targets)], learningRate: Self.learningRate
        )
    }
}
