/// The signs of the ReLU layers' net inputs, in the order a forward pass computes them: two
/// passes whose signs differ cross a ReLU's kink between them.
struct NetInputSigns: StepRecorder {
    /// Whether each non-input layer's activation is a ReLU (index 0 for layer 1).
    let watched: [Bool]
    private(set) var signs: [Int8] = []

    init(_ network: Network) {
        watched = network.activations.map { $0 == .relu }
    }

    /// Whether any layer is watched at all: without a ReLU there is nothing to record.
    var isWatching: Bool { watched.contains(true) }

    mutating func netInput(layer: Int, neuron: Int, _ value: Double) {
        guard watched[layer - 1] else { return }
        signs.append(value > 0 ? 1 : (value < 0 ? -1 : 0))
    }

    mutating func givens(
        network: Network, biases: [Double], weights: [Double], examples: [(index: Int, example: Example)],
        learningRate: Double
    ) {}
    mutating func optimizerGivens(
        _ optimizer: Optimizer, weightDecay: Double, step: Int, first: [Double], second: [Double]
    ) {}
    mutating func beginExample(_ example: Int) {}
    mutating func output(layer: Int, neuron: Int, _ value: Double) {}
    mutating func outputError(neuron: Int, _ value: Double) {}
    mutating func totalError(_ value: Double) {}
    mutating func beginBackward(layer: Int) {}
    mutating func errorSlope(neuron: Int, _ value: Double) {}
    mutating func contribution(layer: Int, neuron: Int, weight: Int, weightValue: Double, _ value: Double) {}
    mutating func hiddenErrorSlope(layer: Int, neuron: Int, _ value: Double) {}
    mutating func activationSlope(layer: Int, neuron: Int, _ value: Double) {}
    mutating func delta(layer: Int, neuron: Int, _ value: Double) {}
    mutating func weightGradient(
        layer: Int, neuron: Int, source: Int, weight: Int, input: Double, gradient: Double, updated: ParameterUpdate?
    ) {}
    mutating func softmaxSlope(layer: Int, output: Int, neuron: Int, _ value: Double) {}
    mutating func biasGradient(layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?) {}
    mutating func batchTotalError(_ value: Double) {}
    mutating func batchWeightGradient(layer: Int, neuron: Int, weight: Int, gradient: Double, updated: ParameterUpdate) {}
    mutating func batchBiasGradient(layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?) {}
}
