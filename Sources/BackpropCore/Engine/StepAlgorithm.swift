/// One training step, written once: the forward pass, the loss, the backward pass and the
/// update, over buffers allocated once per run.
///
/// Every number of a step is computed here and nowhere else. Each result is handed to a
/// ``StepRecorder``: the trace of step 1 and the untraced steps that follow are the same code
/// with different recorders, so they agree to the last bit. A step allocates nothing: the
/// numbers live in one block of memory allocated for the run and are read and written without
/// bounds or uniqueness checks, every index coming from the network's own sizes.
struct StepAlgorithm {
    private let sizes: [Int]
    private let activations: [Activation]
    private let loss: Loss
    private let learningRate: Double
    private let hiddenUses: HiddenWeights
    private let updateBiases: Bool
    private let shape: Network
    private let example: Example
    /// The first neuron of each layer in the flat neuron buffers.
    private let neuronOffset: [Int]
    /// The first weight into each layer (index 0 unused).
    private let weightOffset: [Int]
    /// The first bias of each layer (index 0 unused).
    private let biasOffset: [Int]

    private let memory: StepMemory
    private let weightCount: Int
    private let biasCount: Int
    private let neuronCount: Int
    /// The weights the step starts from.
    private var weights: UnsafeMutablePointer<Double>
    /// The weights after the update, written during the backward pass; swapped in at its end.
    private var updatedWeights: UnsafeMutablePointer<Double>
    private let biases: UnsafeMutablePointer<Double>
    private let nets: UnsafeMutablePointer<Double>
    private let outputs: UnsafeMutablePointer<Double>
    private let deltas: UnsafeMutablePointer<Double>

    init(_ setup: TrainingSetup, options: TrainingOptions) {
        let network = setup.network
        sizes = network.layerSizes
        activations = network.activations
        loss = setup.loss
        learningRate = setup.learningRate
        hiddenUses = options.hiddenUses
        updateBiases = options.updateBiases
        shape = network
        example = setup.examples[0]
        var neuronOffset = [0], weightOffset = [0], biasOffset = [0]
        for layer in 1..<sizes.count {
            neuronOffset.append(neuronOffset[layer - 1] + sizes[layer - 1])
            weightOffset.append(network.firstWeight(intoLayer: layer))
            biasOffset.append(biasOffset[layer - 1] + (layer == 1 ? 0 : network.biases[layer - 2].count))
        }
        self.neuronOffset = neuronOffset
        self.weightOffset = weightOffset
        self.biasOffset = biasOffset
        let flatBiases = network.biases.flatMap { $0 }
        weightCount = network.weights.count
        biasCount = flatBiases.count
        neuronCount = sizes.reduce(0, +)
        memory = StepMemory(count: 2 * weightCount + biasCount + 3 * neuronCount)
        weights = memory.start
        updatedWeights = weights + weightCount
        biases = updatedWeights + weightCount
        nets = biases + biasCount
        outputs = nets + neuronCount
        deltas = outputs + neuronCount
        for (index, weight) in network.weights.enumerated() { weights[index] = weight }
        for (index, bias) in flatBiases.enumerated() { biases[index] = bias }
    }

    private var sharedBias: Bool { shape.biasSharing == .perLayer }
    private var outputLayer: Int { sizes.count - 1 }

    /// Hands the values the next step starts from to `recorder`.
    func recordGivens<Recorder: StepRecorder>(_ recorder: inout Recorder) {
        recorder.givens(
            network: shape, biases: Array(UnsafeBufferPointer(start: biases, count: biasCount)),
            weights: Array(UnsafeBufferPointer(start: weights, count: weightCount)),
            example: example, learningRate: learningRate
        )
    }

    /// The forward pass with the current parameters; returns the loss, E_total.
    mutating func forward<Recorder: StepRecorder>(_ recorder: inout Recorder) -> Double {
        for (index, input) in example.inputs.enumerated() { outputs[index] = input }
        for layer in 1..<sizes.count {
            forward(layer: layer, &recorder)
        }
        let outputStart = neuronOffset[outputLayer]
        let count = sizes[outputLayer]
        var total = 0.0
        for (neuron, target) in example.targets.enumerated() {
            let error = loss.value(target: target, output: outputs[outputStart + neuron], outputs: count)
            total += error
            recorder.outputError(neuron: neuron, error)
        }
        recorder.totalError(total)
        return total
    }

    private mutating func forward<Recorder: StepRecorder>(layer: Int, _ recorder: inout Recorder) {
        let activation = activations[layer - 1]
        let sourceCount = sizes[layer - 1]
        let sourceStart = neuronOffset[layer - 1]
        for neuron in 0..<sizes[layer] {
            let firstWeight = weightOffset[layer] + neuron * sourceCount
            var net = 0.0
            for source in 0..<sourceCount {
                net += weights[firstWeight + source] * outputs[sourceStart + source]
            }
            net += biases[biasOffset[layer] + (sharedBias ? 0 : neuron)]
            let index = neuronOffset[layer] + neuron
            nets[index] = net
            recorder.netInput(layer: layer, neuron: neuron, net)
            let output = activation.value(net)
            outputs[index] = output
            recorder.output(layer: layer, neuron: neuron, output)
        }
    }

    /// Backpropagates from the last forward pass and updates the weights (and biases).
    mutating func backward<Recorder: StepRecorder>(_ recorder: inout Recorder) {
        for layer in stride(from: outputLayer, through: 1, by: -1) {
            recorder.beginBackward(layer: layer)
            var sharedGradient = 0.0
            for neuron in 0..<sizes[layer] {
                let slope = layer == outputLayer
                    ? outputErrorSlope(neuron, &recorder)
                    : hiddenErrorSlope(layer: layer, neuron: neuron, &recorder)
                let index = neuronOffset[layer] + neuron
                let activationSlope = activations[layer - 1].slope(net: nets[index], output: outputs[index])
                recorder.activationSlope(layer: layer, neuron: neuron, activationSlope)
                let delta = slope * activationSlope
                deltas[index] = delta
                recorder.delta(layer: layer, neuron: neuron, delta)
                updateWeights(into: layer, neuron: neuron, delta: delta, &recorder)
                if sharedBias {
                    sharedGradient += delta
                } else {
                    var gradient = 0.0
                    gradient += delta
                    updateBias(layer: layer, neuron: neuron, gradient: gradient, &recorder)
                }
            }
            if sharedBias { updateBias(layer: layer, neuron: nil, gradient: sharedGradient, &recorder) }
        }
        (weights, updatedWeights) = (updatedWeights, weights)
    }

    private mutating func outputErrorSlope<Recorder: StepRecorder>(
        _ neuron: Int, _ recorder: inout Recorder
    ) -> Double {
        let output = outputs[neuronOffset[outputLayer] + neuron]
        let slope = loss.slope(target: example.targets[neuron], output: output, outputs: sizes[outputLayer])
        recorder.errorSlope(neuron: neuron, slope)
        return slope
    }

    private func hiddenErrorSlope<Recorder: StepRecorder>(
        layer: Int, neuron: Int, _ recorder: inout Recorder
    ) -> Double {
        let above = layer + 1
        var sum = 0.0
        for next in 0..<sizes[above] {
            let weight = weightOffset[above] + next * sizes[layer] + neuron
            let weightValue = hiddenUses == .updated ? updatedWeights[weight] : weights[weight]
            let contribution = deltas[neuronOffset[above] + next] * weightValue
            sum += contribution
            recorder.contribution(
                layer: layer, neuron: neuron, weight: weight, weightValue: weightValue, contribution
            )
        }
        recorder.hiddenErrorSlope(layer: layer, neuron: neuron, sum)
        return sum
    }

    private mutating func updateWeights<Recorder: StepRecorder>(
        into layer: Int, neuron: Int, delta: Double, _ recorder: inout Recorder
    ) {
        let sourceCount = sizes[layer - 1]
        let sourceStart = neuronOffset[layer - 1]
        let firstWeight = weightOffset[layer] + neuron * sourceCount
        for source in 0..<sourceCount {
            let input = outputs[sourceStart + source]
            let gradient = delta * input
            let weight = firstWeight + source
            let updated = GradientDescent.updated(
                weights[weight], learningRate: learningRate, gradient: gradient
            )
            updatedWeights[weight] = updated
            recorder.weightGradient(
                layer: layer, neuron: neuron, source: source, weight: weight, input: input,
                gradient: gradient, updated: updated
            )
        }
    }

    private mutating func updateBias<Recorder: StepRecorder>(
        layer: Int, neuron: Int?, gradient: Double, _ recorder: inout Recorder
    ) {
        guard updateBiases else {
            recorder.biasGradient(layer: layer, neuron: neuron, gradient: gradient, updated: nil)
            return
        }
        let index = biasOffset[layer] + (neuron ?? 0)
        let updated = GradientDescent.updated(biases[index], learningRate: learningRate, gradient: gradient)
        biases[index] = updated
        recorder.biasGradient(layer: layer, neuron: neuron, gradient: gradient, updated: updated)
    }

    /// The output neurons' activations of the last forward pass.
    var outputLayerValues: [Double] {
        Array(UnsafeBufferPointer(start: outputs + neuronOffset[outputLayer], count: sizes[outputLayer]))
    }

    /// Whether every weight and bias is still finite.
    var parametersAreFinite: Bool {
        UnsafeBufferPointer(start: weights, count: weightCount).allSatisfy(\.isFinite)
            && UnsafeBufferPointer(start: biases, count: biasCount).allSatisfy(\.isFinite)
    }

    /// The network with the current parameters.
    var network: Network {
        let layered = (1..<sizes.count).map { layer in
            Array(UnsafeBufferPointer(start: biases + biasOffset[layer], count: shape.biases[layer - 1].count))
        }
        return Network(
            unchecked: sizes, weights: Array(UnsafeBufferPointer(start: weights, count: weightCount)),
            biases: layered, biasSharing: shape.biasSharing, activations: activations
        )
    }
}

/// One block of doubles for the numbers of a run, freed when the run's algorithm goes.
private final class StepMemory {
    let start: UnsafeMutablePointer<Double>

    init(count: Int) {
        start = .allocate(capacity: max(count, 1))
        start.initialize(repeating: 0, count: max(count, 1))
    }

    deinit { start.deallocate() }
}
