/// The recorder of a traced step: turns each value the step computes into a term, with the
/// formula and operands it came from. It computes nothing.
///
/// In a step of several examples, each example's terms carry its index (``TermID/example``),
/// and the batch's loss, gradients and updates follow in the ``TraceSection/update`` section.
struct TraceBuilder: StepRecorder {
    private let network: Network
    private let loss: Loss
    private let hiddenUses: HiddenWeights
    private let updateBiases: Bool
    private let reduction: Reduction
    private let severalExamples: Bool
    private(set) var terms: [Term] = []

    // Shared by every example of the step.
    private var weightIndex: [Int] = []
    private var updatedWeightIndex: [Int]
    private var biasIndex: [[Int]] = []
    private var learningRateIndex = 0
    // The optimizer's hyperparameters and state as the step finds it (state: every weight's,
    // then every bias's).
    private var optimizer = Optimizer.sgd
    private var weightDecay = 0.0
    private var step = 1
    private var hyperparameterIndex: [TermKind: Int] = [:]
    private var firstStateIndex: [Int] = []
    private var secondStateIndex: [Int] = []
    /// The flat index of each layer's first bias among all biases (index 0 unused).
    private let biasOffset: [Int]
    private var inputIndex: [Int: [Int]] = [:]
    private var targetIndexByExample: [Int: [Int]] = [:]
    /// Each example's loss, and each weight's and bias's gradient per example, for the batch.
    private var exampleErrors: [Int] = []
    private var exampleWeightGradients: [[Int]]
    private var exampleBiasGradients: [[[Int]]]

    // The current example's terms.
    private var example: Int?
    private var outputIndex: [[Int]]
    private var netIndex: [[Int]]
    private var deltaIndex: [[Int]]
    private var targetIndex: [Int] = []
    private var errorIndex: [Int] = []
    private var errorSlopeIndices: [Int] = []
    /// The current backward layer's section and the deltas of the layer above as it sees them.
    private var section = TraceSection.given
    private var shareIndex: [Int] = []
    /// The current neuron's terms of the backward pass.
    private var contributions: [Int] = []
    private var errorSlopeIndex = 0
    private var activationSlopeIndex = 0
    private var softmaxSlopes: [Int] = []
    private var softmaxLayer = false

    init(_ setup: TrainingSetup, options: TrainingOptions) {
        network = setup.network
        loss = setup.loss
        hiddenUses = options.hiddenUses
        updateBiases = options.updateBiases
        reduction = options.reduction
        severalExamples = setup.examples.count > 1
        let layers = network.layerCount
        outputIndex = Array(repeating: [], count: layers)
        netIndex = Array(repeating: [], count: layers)
        deltaIndex = Array(repeating: [], count: layers)
        updatedWeightIndex = Array(repeating: 0, count: network.weights.count)
        exampleWeightGradients = severalExamples ? Array(repeating: [], count: network.weights.count) : []
        exampleBiasGradients = severalExamples ? network.biases.map { $0.map { _ in [] } } : []
        var biasOffset = [0, 0]
        for layer in network.biases.dropLast() { biasOffset.append(biasOffset[biasOffset.count - 1] + layer.count) }
        self.biasOffset = biasOffset
        let neurons = network.layerSizes.reduce(0, +)
        terms.reserveCapacity(4 * network.weights.count + 12 * neurons + 8)
    }

    @discardableResult
    private mutating func record(_ id: TermID, _ value: Double, _ formula: Formula) -> Int {
        terms.append(Term(id: id, value: value, formula: formula, section: section))
        return terms.count - 1
    }

    /// An identity of the current example's: `kind` about `neuron` of `layer` (or `weight`).
    private func id(_ kind: TermKind, layer: Int, neuron: Int? = nil, weight: Int? = nil, output: Int? = nil) -> TermID {
        TermID(kind, layer: layer, neuron: neuron, weight: weight, example: example, output: output)
    }

    private func biasTerm(layer: Int, neuron: Int) -> Int? {
        switch network.biasSharing {
        case .perLayer: return biasIndex[layer - 1][0]
        case .perNeuron: return biasIndex[layer - 1][neuron]
        case .none: return nil
        }
    }

    mutating func givens(
        network: Network, biases: [Double], weights: [Double], examples: [(index: Int, example: Example)],
        learningRate: Double
    ) {
        section = .given
        let sizes = network.layerSizes
        for (index, example) in examples {
            let number: Int? = severalExamples ? index : nil
            inputIndex[index] = example.inputs.enumerated().map { neuron, value in
                record(TermID(.input, layer: 0, neuron: neuron, example: number), value, .given)
            }
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
            biasIndex.append((0..<network.biasSharing.count(forLayerOf: sizes[layer])).map { neuron in
                record(TermID(.bias, layer: layer, neuron: shared ? nil : neuron), flat.next() ?? .nan, .given)
            })
        }
        let outputLayer = sizes.count - 1
        for (index, example) in examples {
            let number: Int? = severalExamples ? index : nil
            targetIndexByExample[index] = example.targets.enumerated().map { neuron, value in
                record(TermID(.target, layer: outputLayer, neuron: neuron, example: number), value, .given)
            }
        }
        learningRateIndex = record(.learningRate, learningRate, .given)
        if !severalExamples, let only = examples.first?.index { startExample(only) }
    }

    mutating func optimizerGivens(
        _ optimizer: Optimizer, weightDecay: Double, step: Int, first: [Double], second: [Double]
    ) {
        self.optimizer = optimizer
        self.weightDecay = weightDecay
        self.step = step
        var hyperparameters: [(TermKind, Double)]
        let stateKinds: [(TermKind, [Double])]
        switch optimizer {
        case .sgd:
            hyperparameters = []
            stateKinds = []
        case let .momentum(mu), let .nesterov(mu):
            hyperparameters = [(.momentum, mu)]
            stateKinds = [(.velocity, first)]
        case let .rmsprop(alpha, epsilon):
            hyperparameters = [(.alpha, alpha), (.rmspropEpsilon, epsilon)]
            stateKinds = [(.secondMoment, first)]
        case let .adam(beta1, beta2, epsilon):
            hyperparameters = [(.beta1, beta1), (.beta2, beta2), (.adamEpsilon, epsilon)]
            stateKinds = [(.firstMoment, first), (.secondMoment, second)]
        }
        if weightDecay != 0 { hyperparameters.append((.weightDecay, weightDecay)) }
        guard !hyperparameters.isEmpty else { return }
        let saved = section
        section = .given
        for (kind, value) in hyperparameters {
            hyperparameterIndex[kind] = record(TermID(kind, layer: 0), value, .given)
        }
        for (index, (kind, values)) in stateKinds.enumerated() {
            let recorded = parameterIDs(kind).enumerated().map { state, id in record(id, values[state], .given) }
            if index == 0 { firstStateIndex = recorded } else { secondStateIndex = recorded }
        }
        section = saved
    }

    /// An identity of `kind` about each weight, then each bias that learns, in the order of
    /// the algorithm's optimizer state.
    private func parameterIDs(_ kind: TermKind) -> [TermID] {
        var ids: [TermID] = []
        let sizes = network.layerSizes
        for layer in 1..<sizes.count {
            for neuron in 0..<sizes[layer] {
                for source in 0..<sizes[layer - 1] {
                    let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                    ids.append(TermID(kind, layer: layer, neuron: neuron, weight: weight))
                }
            }
        }
        guard updateBiases else { return ids }
        for layer in 1..<sizes.count {
            let shared = network.biasSharing == .perLayer
            for slot in 0..<network.biasSharing.count(forLayerOf: sizes[layer]) {
                ids.append(TermID(kind, layer: layer, neuron: shared ? nil : slot))
            }
        }
        return ids
    }

    /// Records the optimizer's new state of a parameter and the parameter after the update:
    /// `updated` (`.updatedWeight` or `.updatedBias`) of the parameter at `parameter` (its
    /// term), whose gradient is the term at `gradient` and whose state is at `state`.
    @discardableResult
    private mutating func recordUpdate(
        _ updated: TermID, parameter: Int, state: Int, gradient: Int, _ update: ParameterUpdate
    ) -> Int {
        func id(_ kind: TermKind) -> TermID {
            TermID(kind, layer: updated.layer, neuron: updated.neuron, weight: updated.weight)
        }
        var gradient = gradient
        if weightDecay != 0 {
            gradient = record(id(.decayedGradient), update.gradient, .decayedGradient(
                gradient: gradient, weightDecay: hyperparameterIndex[.weightDecay] ?? 0, parameter: parameter
            ))
        }
        switch optimizer {
        case .sgd:
            return record(updated, update.value, .update(parameter: parameter, learningRate: learningRateIndex, gradient: gradient))
        case .momentum:
            let velocity = record(
                id(.updatedVelocity), update.first,
                .velocity(momentum: hyperparameterIndex[.momentum] ?? 0, previous: firstStateIndex[state], gradient: gradient)
            )
            return record(updated, update.value, .update(parameter: parameter, learningRate: learningRateIndex, gradient: velocity))
        case .nesterov:
            let momentum = hyperparameterIndex[.momentum] ?? 0
            let velocity = record(
                id(.updatedVelocity), update.first,
                .velocity(momentum: momentum, previous: firstStateIndex[state], gradient: gradient)
            )
            let direction = record(
                id(.nesterovDirection), update.direction,
                .nesterovDirection(gradient: gradient, momentum: momentum, velocity: velocity)
            )
            return record(updated, update.value, .update(parameter: parameter, learningRate: learningRateIndex, gradient: direction))
        case .rmsprop:
            let average = record(
                id(.updatedSecondMoment), update.first,
                .movingAverage(beta: hyperparameterIndex[.alpha] ?? 0, previous: firstStateIndex[state], gradient: gradient, squared: true)
            )
            return record(updated, update.value, .rmspropUpdate(
                parameter: parameter, learningRate: learningRateIndex, gradient: gradient, squareAverage: average,
                epsilon: hyperparameterIndex[.rmspropEpsilon] ?? 0
            ))
        case .adam:
            let beta1 = hyperparameterIndex[.beta1] ?? 0, beta2 = hyperparameterIndex[.beta2] ?? 0
            let first = record(
                id(.updatedFirstMoment), update.first,
                .movingAverage(beta: beta1, previous: firstStateIndex[state], gradient: gradient, squared: false)
            )
            let second = record(
                id(.updatedSecondMoment), update.second,
                .movingAverage(beta: beta2, previous: secondStateIndex[state], gradient: gradient, squared: true)
            )
            let correctedFirst = record(
                id(.correctedFirstMoment), update.correctedFirst, .biasCorrected(moment: first, beta: beta1, step: step)
            )
            let correctedSecond = record(
                id(.correctedSecondMoment), update.correctedSecond, .biasCorrected(moment: second, beta: beta2, step: step)
            )
            return record(updated, update.value, .adamUpdate(
                parameter: parameter, learningRate: learningRateIndex, firstMoment: correctedFirst,
                secondMoment: correctedSecond, epsilon: hyperparameterIndex[.adamEpsilon] ?? 0
            ))
        }
    }

    mutating func beginExample(_ example: Int) {
        startExample(example)
        self.example = example
    }

    private mutating func startExample(_ example: Int) {
        outputIndex = Array(repeating: [], count: network.layerCount)
        netIndex = Array(repeating: [], count: network.layerCount)
        deltaIndex = Array(repeating: [], count: network.layerCount)
        outputIndex[0] = inputIndex[example] ?? []
        targetIndex = targetIndexByExample[example] ?? []
        errorIndex = []
    }

    mutating func netInput(layer: Int, neuron: Int, _ value: Double) {
        section = .forward(layer: layer)
        let sources = outputIndex[layer - 1]
        let first = network.weightIndex(layer: layer, neuron: neuron, source: 0)
        netIndex[layer].append(record(
            id(.netInput, layer: layer, neuron: neuron), value,
            .weightedSum(
                weights: Array(weightIndex[first..<(first + sources.count)]), inputs: sources,
                bias: biasTerm(layer: layer, neuron: neuron)
            )
        ))
    }

    mutating func output(layer: Int, neuron: Int, _ value: Double) {
        let activation = network.activations[layer - 1]
        let formula: Formula = activation.isElementwise
            ? .activation(activation, net: netIndex[layer][neuron])
            : .softmax(index: neuron, nets: netIndex[layer])
        outputIndex[layer].append(record(id(.output, layer: layer, neuron: neuron), value, formula))
    }

    mutating func outputError(neuron: Int, _ value: Double) {
        section = .error
        let layer = network.outputLayer
        errorIndex.append(record(
            id(.outputError, layer: layer, neuron: neuron), value,
            .loss(
                loss, target: targetIndex[neuron], output: outputIndex[layer][neuron],
                outputs: network.layerSizes[layer]
            )
        ))
    }

    mutating func totalError(_ value: Double) {
        exampleErrors.append(record(id(.totalError, layer: network.outputLayer), value, .sum(errorIndex)))
    }

    mutating func beginBackward(layer: Int) {
        section = .backward(layer: layer)
        softmaxLayer = !network.activations[layer - 1].isElementwise
        errorSlopeIndices = []
        guard layer < network.outputLayer else { return }
        shareIndex = deltaIndex[layer + 1].enumerated().map { neuron, delta in
            record(id(.deltaShare, layer: layer + 1, neuron: neuron), terms[delta].value, .equal(delta))
        }
    }

    mutating func errorSlope(neuron: Int, _ value: Double) {
        let layer = network.outputLayer
        errorSlopeIndex = record(
            id(.errorSlope, layer: layer, neuron: neuron), value,
            .lossSlope(
                loss, target: targetIndex[neuron], output: outputIndex[layer][neuron],
                outputs: network.layerSizes[layer]
            )
        )
        errorSlopeIndices.append(errorSlopeIndex)
    }

    mutating func contribution(
        layer: Int, neuron: Int, weight: Int, weightValue: Double, _ value: Double
    ) {
        let above = weight - network.firstWeight(intoLayer: layer + 1)
        let next = above / network.layerSizes[layer]
        let weightTerm = hiddenUses == .updated ? updatedWeightIndex[weight] : weightIndex[weight]
        let netSlope = record(
            id(.netSlopeOfOutput, layer: layer + 1, neuron: next, weight: weight), weightValue,
            .equal(weightTerm)
        )
        contributions.append(record(
            id(.contribution, layer: layer, neuron: neuron, weight: weight), value,
            .product([shareIndex[next], netSlope])
        ))
    }

    mutating func hiddenErrorSlope(layer: Int, neuron: Int, _ value: Double) {
        errorSlopeIndex = record(
            id(.hiddenErrorSlope, layer: layer, neuron: neuron), value, .sum(contributions)
        )
        contributions = []
    }

    mutating func activationSlope(layer: Int, neuron: Int, _ value: Double) {
        activationSlopeIndex = record(
            id(.activationSlope, layer: layer, neuron: neuron), value,
            .activationSlope(
                network.activations[layer - 1], net: netIndex[layer][neuron],
                output: outputIndex[layer][neuron]
            )
        )
    }

    mutating func softmaxSlope(layer: Int, output: Int, neuron: Int, _ value: Double) {
        softmaxSlopes.append(record(
            id(.activationSlope, layer: layer, neuron: neuron, output: output), value,
            .softmaxSlope(
                output: outputIndex[layer][output], other: outputIndex[layer][neuron],
                same: output == neuron
            )
        ))
    }

    mutating func delta(layer: Int, neuron: Int, _ value: Double) {
        let formula: Formula = softmaxLayer
            ? .dot(left: errorSlopeIndices, right: softmaxSlopes)
            : .product([errorSlopeIndex, activationSlopeIndex])
        softmaxSlopes = []
        deltaIndex[layer].append(record(id(.delta, layer: layer, neuron: neuron), value, formula))
    }

    mutating func weightGradient(
        layer: Int, neuron: Int, source: Int, weight: Int, input: Double,
        gradient: Double, updated: ParameterUpdate?
    ) {
        let netSlope = record(
            id(.netSlope, layer: layer, neuron: neuron, weight: weight), input,
            .equal(outputIndex[layer - 1][source])
        )
        let factors = softmaxLayer
            ? [deltaIndex[layer][neuron], netSlope]
            : [errorSlopeIndex, activationSlopeIndex, netSlope]
        let gradientTerm = record(
            id(.weightGradient, layer: layer, neuron: neuron, weight: weight), gradient, .product(factors)
        )
        if severalExamples { exampleWeightGradients[weight].append(gradientTerm) }
        guard let updated else { return }
        updatedWeightIndex[weight] = recordUpdate(
            TermID(.updatedWeight, layer: layer, neuron: neuron, weight: weight),
            parameter: weightIndex[weight], state: weight, gradient: gradientTerm, updated
        )
    }

    mutating func biasGradient(layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?) {
        let deltas = neuron.map { [deltaIndex[layer][$0]] } ?? deltaIndex[layer]
        let gradientTerm = record(
            id(.biasGradient, layer: layer, neuron: neuron), gradient, .biasGradient(deltas: deltas)
        )
        if severalExamples { exampleBiasGradients[layer - 1][neuron ?? 0].append(gradientTerm) }
        guard let updated else { return }
        recordUpdatedBias(layer: layer, neuron: neuron, value: updated, gradient: gradientTerm)
    }

    mutating func batchTotalError(_ value: Double) {
        section = .update
        example = nil
        record(.totalError(layer: network.outputLayer), value, .reduction(reduction, exampleErrors))
    }

    mutating func batchWeightGradient(
        layer: Int, neuron: Int, weight: Int, gradient: Double, updated: ParameterUpdate
    ) {
        let gradientTerm = record(
            TermID(.weightGradient, layer: layer, neuron: neuron, weight: weight), gradient,
            .reduction(reduction, exampleWeightGradients[weight])
        )
        recordUpdate(
            TermID(.updatedWeight, layer: layer, neuron: neuron, weight: weight),
            parameter: weightIndex[weight], state: weight, gradient: gradientTerm, updated
        )
    }

    mutating func batchBiasGradient(layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?) {
        let gradientTerm = record(
            TermID(.biasGradient, layer: layer, neuron: neuron), gradient,
            .reduction(reduction, exampleBiasGradients[layer - 1][neuron ?? 0])
        )
        guard let updated else { return }
        recordUpdatedBias(layer: layer, neuron: neuron, value: updated, gradient: gradientTerm)
    }

    private mutating func recordUpdatedBias(layer: Int, neuron: Int?, value: ParameterUpdate, gradient: Int) {
        guard let bias = biasTerm(layer: layer, neuron: neuron ?? 0) else { return }
        recordUpdate(
            TermID(.updatedBias, layer: layer, neuron: neuron), parameter: bias,
            state: network.weights.count + biasOffset[layer] + (neuron ?? 0), gradient: gradient, value
        )
    }
}
