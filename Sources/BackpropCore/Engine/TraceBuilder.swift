/// The recorder of a traced step: turns each value the step computes into a term, with the
/// formula and operands it came from. It computes nothing.
struct TraceBuilder: StepRecorder {
    private let network: Network
    private let loss: Loss
    private let hiddenUses: HiddenWeights
    private(set) var terms: [Term] = []

    private var outputIndex: [[Int]]
    private var netIndex: [[Int]]
    private var deltaIndex: [[Int]]
    private var weightIndex: [Int] = []
    private var updatedWeightIndex: [Int]
    private var biasIndex: [[Int]] = []
    private var targetIndex: [Int] = []
    private var errorIndex: [Int] = []
    private var learningRateIndex = 0
    /// The current backward layer's section and the deltas of the layer above as it sees them.
    private var section = TraceSection.given
    private var shareIndex: [Int] = []
    /// The current neuron's terms of the backward pass.
    private var contributions: [Int] = []
    private var errorSlopeIndex = 0
    private var activationSlopeIndex = 0

    init(_ setup: TrainingSetup, options: TrainingOptions) {
        network = setup.network
        loss = setup.loss
        hiddenUses = options.hiddenUses
        let layers = network.layerCount
        outputIndex = Array(repeating: [], count: layers)
        netIndex = Array(repeating: [], count: layers)
        deltaIndex = Array(repeating: [], count: layers)
        updatedWeightIndex = Array(repeating: 0, count: network.weights.count)
        let neurons = network.layerSizes.reduce(0, +)
        terms.reserveCapacity(4 * network.weights.count + 12 * neurons + 8)
    }

    @discardableResult
    private mutating func record(_ id: TermID, _ value: Double, _ formula: Formula) -> Int {
        terms.append(Term(id: id, value: value, formula: formula, section: section))
        return terms.count - 1
    }

    private func biasTerm(layer: Int, neuron: Int) -> Int {
        network.biasSharing == .perLayer ? biasIndex[layer - 1][0] : biasIndex[layer - 1][neuron]
    }

    mutating func givens(
        network: Network, biases: [Double], weights: [Double], example: Example, learningRate: Double
    ) {
        section = .given
        let sizes = network.layerSizes
        outputIndex[0] = example.inputs.enumerated().map { neuron, value in
            record(.input(neuron), value, .given)
        }
        weightIndex.reserveCapacity(weights.count)
        for layer in 1..<sizes.count {
            for neuron in 0..<sizes[layer] {
                for source in 0..<sizes[layer - 1] {
                    let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                    weightIndex.append(record(
                        TermID(.weight, layer: layer, neuron: neuron, weight: weight),
                        weights[weight], .given
                    ))
                }
            }
        }
        var flat = biases.makeIterator()
        for layer in 1..<sizes.count {
            let shared = network.biasSharing == .perLayer
            biasIndex.append((0..<(shared ? 1 : sizes[layer])).map { neuron in
                record(TermID(.bias, layer: layer, neuron: shared ? nil : neuron), flat.next() ?? .nan, .given)
            })
        }
        let outputLayer = sizes.count - 1
        targetIndex = example.targets.enumerated().map { neuron, value in
            record(.target(layer: outputLayer, neuron), value, .given)
        }
        learningRateIndex = record(.learningRate, learningRate, .given)
    }

    mutating func netInput(layer: Int, neuron: Int, _ value: Double) {
        section = .forward(layer: layer)
        let sources = outputIndex[layer - 1]
        let first = network.weightIndex(layer: layer, neuron: neuron, source: 0)
        netIndex[layer].append(record(
            TermID(.netInput, layer: layer, neuron: neuron), value,
            .weightedSum(
                weights: Array(weightIndex[first..<(first + sources.count)]), inputs: sources,
                bias: biasTerm(layer: layer, neuron: neuron)
            )
        ))
    }

    mutating func output(layer: Int, neuron: Int, _ value: Double) {
        outputIndex[layer].append(record(
            TermID(.output, layer: layer, neuron: neuron), value,
            .activation(network.activations[layer - 1], net: netIndex[layer][neuron])
        ))
    }

    mutating func outputError(neuron: Int, _ value: Double) {
        section = .error
        let layer = network.outputLayer
        errorIndex.append(record(
            TermID(.outputError, layer: layer, neuron: neuron), value,
            .loss(
                loss, target: targetIndex[neuron], output: outputIndex[layer][neuron],
                outputs: network.layerSizes[layer]
            )
        ))
    }

    mutating func totalError(_ value: Double) {
        record(.totalError(layer: network.outputLayer), value, .sum(errorIndex))
    }

    mutating func beginBackward(layer: Int) {
        section = .backward(layer: layer)
        guard layer < network.outputLayer else { return }
        shareIndex = deltaIndex[layer + 1].enumerated().map { neuron, delta in
            record(TermID(.deltaShare, layer: layer + 1, neuron: neuron), terms[delta].value, .equal(delta))
        }
    }

    mutating func errorSlope(neuron: Int, _ value: Double) {
        let layer = network.outputLayer
        errorSlopeIndex = record(
            TermID(.errorSlope, layer: layer, neuron: neuron), value,
            .lossSlope(
                loss, target: targetIndex[neuron], output: outputIndex[layer][neuron],
                outputs: network.layerSizes[layer]
            )
        )
    }

    mutating func contribution(
        layer: Int, neuron: Int, weight: Int, weightValue: Double, _ value: Double
    ) {
        let above = weight - network.firstWeight(intoLayer: layer + 1)
        let next = above / network.layerSizes[layer]
        let weightTerm = hiddenUses == .updated ? updatedWeightIndex[weight] : weightIndex[weight]
        let netSlope = record(
            TermID(.netSlopeOfOutput, layer: layer + 1, neuron: next, weight: weight), weightValue,
            .equal(weightTerm)
        )
        contributions.append(record(
            TermID(.contribution, layer: layer, neuron: neuron, weight: weight), value,
            .product([shareIndex[next], netSlope])
        ))
    }

    mutating func hiddenErrorSlope(layer: Int, neuron: Int, _ value: Double) {
        errorSlopeIndex = record(
            TermID(.hiddenErrorSlope, layer: layer, neuron: neuron), value, .sum(contributions)
        )
        contributions = []
    }

    mutating func activationSlope(layer: Int, neuron: Int, _ value: Double) {
        activationSlopeIndex = record(
            TermID(.activationSlope, layer: layer, neuron: neuron), value,
            .activationSlope(
                network.activations[layer - 1], net: netIndex[layer][neuron],
                output: outputIndex[layer][neuron]
            )
        )
    }

    mutating func delta(layer: Int, neuron: Int, _ value: Double) {
        deltaIndex[layer].append(record(
            TermID(.delta, layer: layer, neuron: neuron), value,
            .product([errorSlopeIndex, activationSlopeIndex])
        ))
    }

    mutating func weightGradient(
        layer: Int, neuron: Int, source: Int, weight: Int, input: Double,
        gradient: Double, updated: Double
    ) {
        let netSlope = record(
            TermID(.netSlope, layer: layer, neuron: neuron, weight: weight), input,
            .equal(outputIndex[layer - 1][source])
        )
        let gradientTerm = record(
            TermID(.weightGradient, layer: layer, neuron: neuron, weight: weight), gradient,
            .product([errorSlopeIndex, activationSlopeIndex, netSlope])
        )
        updatedWeightIndex[weight] = record(
            TermID(.updatedWeight, layer: layer, neuron: neuron, weight: weight), updated,
            .update(parameter: weightIndex[weight], learningRate: learningRateIndex, gradient: gradientTerm)
        )
    }

    mutating func biasGradient(layer: Int, neuron: Int?, gradient: Double, updated: Double?) {
        let deltas = neuron.map { [deltaIndex[layer][$0]] } ?? deltaIndex[layer]
        let gradientTerm = record(
            TermID(.biasGradient, layer: layer, neuron: neuron), gradient, .biasGradient(deltas: deltas)
        )
        guard let updated else { return }
        record(
            TermID(.updatedBias, layer: layer, neuron: neuron), updated,
            .update(
                parameter: biasTerm(layer: layer, neuron: neuron ?? 0),
                learningRate: learningRateIndex, gradient: gradientTerm
            )
        )
    }
}
