/// One training step, written once: the forward pass, the loss, the backward pass and the
/// update, over buffers allocated once per run.
///
/// Every number of a step is computed here and nowhere else. Each result is handed to a
/// ``StepRecorder``: the trace of step 1 and the untraced steps that follow are the same code
/// with different recorders, so they agree to the last bit. A step allocates nothing: the
/// numbers live in one block of memory allocated for the run and are read and written without
/// bounds or uniqueness checks, every index coming from the network's own sizes.
///
/// A step of one example updates each weight as soon as its gradient is known (as the
/// reference does, which `--hidden-uses updated` relies on). A step of several examples runs the
/// forward and backward pass of each in turn, adds up their gradients, and updates once with the
/// batch's mean or sum. With rounding, every computed value is rounded before it is used.
struct StepAlgorithm<Rounder: ValueRounding> {
    private let sizes: [Int]
    private let activations: [Activation]
    private let loss: Loss
    private let learningRate: Double
    private let optimizer: Optimizer
    /// L2 weight decay λ (0 for none).
    private let weightDecay: Double
    /// Adam's corrections 1 − β₁ᵗ and 1 − β₂ᵗ for the current step (1 for the others).
    private var corrections: (first: Double, second: Double) = (1, 1)
    private let hiddenUses: HiddenWeights
    private let updateBiases: Bool
    private let reduction: Reduction
    private let rounder: Rounder
    private let shape: Network
    private let hasBiases: Bool
    private let sharedBias: Bool
    private let examples: [Example]
    private let inputCount: Int
    private let targetCount: Int
    private let outputLayer: Int
    /// Whether the setup has one example, learnt from one step at a time.
    private let learnsOneExampleAtATime: Bool
    /// Examples per step (at most all of them).
    let batchSize: Int
    /// The first neuron of each layer in the flat neuron buffers.
    private let neuronOffset: [Int]
    /// The first weight into each layer (index 0 unused).
    private let weightOffset: [Int]
    /// The first bias of each layer (index 0 unused).
    private let biasOffset: [Int]

    private let memory: StepMemory
    private let weightCount: Int
    private let biasCount: Int
    /// The weights the step starts from.
    private var weights: UnsafeMutablePointer<Double>
    /// The weights after the update, written during the step; swapped in at its end.
    private var updatedWeights: UnsafeMutablePointer<Double>
    private let biases: UnsafeMutablePointer<Double>
    private let nets: UnsafeMutablePointer<Double>
    private let outputs: UnsafeMutablePointer<Double>
    private let deltas: UnsafeMutablePointer<Double>
    /// ∂E/∂out of the output layer (a softmax layer needs them all before any δ).
    private let errorSlopes: UnsafeMutablePointer<Double>
    /// A batch's weight and bias gradients, summed over its examples.
    private let weightGradients: UnsafeMutablePointer<Double>
    private let biasGradients: UnsafeMutablePointer<Double>
    /// Every example's inputs, then every example's targets.
    private let exampleInputs: UnsafeMutablePointer<Double>
    private let exampleTargets: UnsafeMutablePointer<Double>
    /// The targets of the example whose forward pass ran last.
    private var targets: UnsafeMutablePointer<Double>
    /// The optimizer's state, every weight's then every bias's: momentum's v or Adam's m, and
    /// Adam's v.
    private let firstState: UnsafeMutablePointer<Double>
    private let secondState: UnsafeMutablePointer<Double>

    init(_ setup: TrainingSetup, options: TrainingOptions, rounder: Rounder) {
        let network = setup.network
        sizes = network.layerSizes
        activations = network.activations
        loss = setup.loss
        learningRate = setup.learningRate
        optimizer = options.optimizer
        weightDecay = options.weightDecay
        hiddenUses = options.hiddenUses
        updateBiases = options.updateBiases
        reduction = options.reduction
        self.rounder = rounder
        shape = network
        hasBiases = network.hasBiases
        sharedBias = network.biasSharing == .perLayer
        examples = setup.examples
        inputCount = network.layerSizes[0]
        targetCount = network.layerSizes[network.layerCount - 1]
        outputLayer = network.layerCount - 1
        learnsOneExampleAtATime = setup.examples.count == 1
        batchSize = min(max(options.batchSize ?? setup.examples.count, 1), setup.examples.count)
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
        let neurons = sizes.reduce(0, +)
        let outputCount = sizes[sizes.count - 1]
        let exampleValues = setup.examples.count * (inputCount + targetCount)
        // Room for two states even when the optimizer keeps fewer, so that the update's
        // `inout` state is always real, separate memory.
        let stateCount = 2 * (weightCount + biasCount)
        memory = StepMemory(
            count: 3 * weightCount + 2 * biasCount + 3 * neurons + outputCount + exampleValues + stateCount
        )
        weights = memory.start
        updatedWeights = weights + weightCount
        weightGradients = updatedWeights + weightCount
        biases = weightGradients + weightCount
        biasGradients = biases + biasCount
        nets = biasGradients + biasCount
        outputs = nets + neurons
        deltas = outputs + neurons
        errorSlopes = deltas + neurons
        exampleInputs = errorSlopes + outputCount
        exampleTargets = exampleInputs + setup.examples.count * inputCount
        targets = exampleTargets
        firstState = exampleTargets + setup.examples.count * targetCount
        secondState = firstState + weightCount + biasCount
        for (index, weight) in network.weights.enumerated() { weights[index] = weight }
        for (index, bias) in flatBiases.enumerated() { biases[index] = bias }
        for (number, example) in setup.examples.enumerated() {
            for (index, value) in example.inputs.enumerated() { exampleInputs[number * inputCount + index] = value }
            for (index, value) in example.targets.enumerated() { exampleTargets[number * targetCount + index] = value }
        }
    }


    @inline(__always)
    private func rounded(_ value: Double) -> Double { rounder.apply(value) }

    /// The examples of step `step` (from 1): batches of ``batchSize`` in order, the last one
    /// of an epoch possibly smaller, then round again.
    func batch(ofStep step: Int) -> Range<Int> {
        let perEpoch = (examples.count + batchSize - 1) / batchSize
        let start = ((step - 1) % perEpoch) * batchSize
        return start..<min(start + batchSize, examples.count)
    }

    /// Hands the values step `step` starts from to `recorder`.
    func recordGivens<Recorder: StepRecorder>(step: Int, _ recorder: inout Recorder) {
        recorder.givens(
            network: shape, biases: Array(UnsafeBufferPointer(start: biases, count: biasCount)),
            weights: Array(UnsafeBufferPointer(start: weights, count: weightCount)),
            examples: batch(ofStep: step).map { ($0, examples[$0]) }, learningRate: learningRate
        )
        let states = weightCount + biasCount
        recorder.optimizerGivens(
            optimizer, weightDecay: weightDecay, step: step, first: Array(UnsafeBufferPointer(start: firstState, count: states)),
            second: Array(UnsafeBufferPointer(start: secondState, count: states))
        )
    }

    /// Step `step`: the forward and backward pass of each example of its batch, and the update.
    /// Returns the batch's loss with the parameters the step started from.
    mutating func step<Recorder: StepRecorder>(_ step: Int, _ recorder: inout Recorder) -> Double {
        if case let .adam(beta1, beta2, _) = optimizer {
            corrections = (Optimizer.correction(beta: beta1, step: step), Optimizer.correction(beta: beta2, step: step))
        }
        guard !learnsOneExampleAtATime else {
            let loss = forward(example: 0, &recorder)
            backward(updating: true, &recorder)
            return loss
        }
        let batch = batch(ofStep: step)
        weightGradients.update(repeating: 0, count: weightCount)
        biasGradients.update(repeating: 0, count: biasCount)
        var total = 0.0
        for example in batch {
            recorder.beginExample(example)
            total += forward(example: example, &recorder)
            backward(updating: false, &recorder)
        }
        let loss = rounded(reduction.combine(total, count: batch.count))
        recorder.batchTotalError(loss)
        updateFromBatch(of: batch.count, &recorder)
        return loss
    }

    /// The loss over every example with the current parameters, and each example's outputs.
    mutating func evaluateAllExamples() -> (loss: Double, outputs: [[Double]]) {
        var untraced = NoRecording()
        var total = 0.0
        var outputs: [[Double]] = []
        outputs.reserveCapacity(examples.count)
        for example in examples.indices {
            total += forward(example: example, &untraced)
            outputs.append(outputLayerValues)
        }
        return (learnsOneExampleAtATime ? total : rounded(reduction.combine(total, count: examples.count)), outputs)
    }

    /// The forward pass of `example` with the current parameters; returns its loss.
    mutating func forward<Recorder: StepRecorder>(example index: Int, _ recorder: inout Recorder) -> Double {
        let inputs = exampleInputs + index * inputCount
        for neuron in 0..<inputCount { outputs[neuron] = inputs[neuron] }
        for layer in 1..<sizes.count {
            forward(layer: layer, &recorder)
        }
        targets = exampleTargets + index * targetCount
        let outputStart = neuronOffset[outputLayer]
        var total = 0.0
        for neuron in 0..<targetCount {
            let error = rounded(loss.value(
                target: targets[neuron], output: outputs[outputStart + neuron], outputs: targetCount
            ))
            total += error
            recorder.outputError(neuron: neuron, error)
        }
        total = rounded(total)
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
            if hasBiases { net += biases[biasOffset[layer] + (sharedBias ? 0 : neuron)] }
            net = rounded(net)
            let index = neuronOffset[layer] + neuron
            nets[index] = net
            recorder.netInput(layer: layer, neuron: neuron, net)
            guard activation.isElementwise else { continue }
            let output = rounded(activation.value(net))
            outputs[index] = output
            recorder.output(layer: layer, neuron: neuron, output)
        }
        guard !activation.isElementwise else { return }
        let start = neuronOffset[layer], count = sizes[layer]
        Activation.softmaxLayer(
            UnsafeBufferPointer(start: nets + start, count: count),
            into: UnsafeMutableBufferPointer(start: outputs + start, count: count)
        )
        for neuron in 0..<count {
            outputs[start + neuron] = rounded(outputs[start + neuron])
            recorder.output(layer: layer, neuron: neuron, outputs[start + neuron])
        }
    }

    // The helpers below are `mutating` though they change nothing: called from a mutating
    // method, a non-mutating one gets a copy of the whole algorithm on every call.

    /// Backpropagates from the last forward pass. With `updating`, each weight (and bias) is
    /// updated as soon as its gradient is known; otherwise the gradients are added to the
    /// batch's.
    private mutating func backward<Recorder: StepRecorder>(updating: Bool, _ recorder: inout Recorder) {
        for layer in stride(from: outputLayer, through: 1, by: -1) {
            recorder.beginBackward(layer: layer)
            var sharedGradient = 0.0
            let softmax = !activations[layer - 1].isElementwise
            if softmax { recordOutputErrorSlopes(&recorder) }
            for neuron in 0..<sizes[layer] {
                let index = neuronOffset[layer] + neuron
                // The δ and, for the chain-rule product of an activation of one neuron, the
                // factor before it is rounded: ∂E/∂w = ∂E/∂out · ∂out/∂net · input.
                let (delta, unroundedDelta) = softmax
                    ? softmaxDelta(layer: layer, neuron: neuron, &recorder)
                    : elementwiseDelta(layer: layer, neuron: neuron, &recorder)
                deltas[index] = delta
                recorder.delta(layer: layer, neuron: neuron, delta)
                weightGradients(into: layer, neuron: neuron, factor: unroundedDelta, updating: updating, &recorder)
                if sharedBias {
                    sharedGradient += delta
                } else if hasBiases {
                    var gradient = 0.0
                    gradient += delta
                    biasGradient(layer: layer, neuron: neuron, gradient: rounded(gradient), updating: updating, &recorder)
                }
            }
            if sharedBias {
                biasGradient(layer: layer, neuron: nil, gradient: rounded(sharedGradient), updating: updating, &recorder)
            }
        }
        if updating { (weights, updatedWeights) = (updatedWeights, weights) }
    }

    private mutating func elementwiseDelta<Recorder: StepRecorder>(
        layer: Int, neuron: Int, _ recorder: inout Recorder
    ) -> (Double, Double) {
        let slope = layer == outputLayer
            ? outputErrorSlope(neuron, &recorder)
            : hiddenErrorSlope(layer: layer, neuron: neuron, &recorder)
        let index = neuronOffset[layer] + neuron
        let activationSlope = rounded(activations[layer - 1].slope(net: nets[index], output: outputs[index]))
        recorder.activationSlope(layer: layer, neuron: neuron, activationSlope)
        let product = slope * activationSlope
        return (rounded(product), product)
    }

    private mutating func recordOutputErrorSlopes<Recorder: StepRecorder>(_ recorder: inout Recorder) {
        for neuron in 0..<sizes[outputLayer] {
            errorSlopes[neuron] = outputErrorSlope(neuron, &recorder)
        }
    }

    /// δⱼ of a softmax layer: Σₖ ∂E/∂outₖ · ∂outₖ/∂netⱼ, every output's error flowing back
    /// through the Jacobian.
    private mutating func softmaxDelta<Recorder: StepRecorder>(
        layer: Int, neuron: Int, _ recorder: inout Recorder
    ) -> (Double, Double) {
        let start = neuronOffset[layer]
        var sum = 0.0
        for output in 0..<sizes[layer] {
            let slope = rounded(Activation.softmaxSlope(
                output: outputs[start + output], other: outputs[start + neuron], same: output == neuron
            ))
            recorder.softmaxSlope(layer: layer, output: output, neuron: neuron, slope)
            sum += errorSlopes[output] * slope
        }
        let delta = rounded(sum)
        return (delta, delta)
    }

    private mutating func outputErrorSlope<Recorder: StepRecorder>(
        _ neuron: Int, _ recorder: inout Recorder
    ) -> Double {
        let output = outputs[neuronOffset[outputLayer] + neuron]
        let slope = rounded(loss.slope(target: targets[neuron], output: output, outputs: targetCount))
        recorder.errorSlope(neuron: neuron, slope)
        return slope
    }

    private mutating func hiddenErrorSlope<Recorder: StepRecorder>(
        layer: Int, neuron: Int, _ recorder: inout Recorder
    ) -> Double {
        let above = layer + 1
        var sum = 0.0
        for next in 0..<sizes[above] {
            let weight = weightOffset[above] + next * sizes[layer] + neuron
            let weightValue = hiddenUses == .updated ? updatedWeights[weight] : weights[weight]
            let contribution = rounded(deltas[neuronOffset[above] + next] * weightValue)
            sum += contribution
            recorder.contribution(
                layer: layer, neuron: neuron, weight: weight, weightValue: weightValue, contribution
            )
        }
        let slope = rounded(sum)
        recorder.hiddenErrorSlope(layer: layer, neuron: neuron, slope)
        return slope
    }

    private mutating func weightGradients<Recorder: StepRecorder>(
        into layer: Int, neuron: Int, factor: Double, updating: Bool, _ recorder: inout Recorder
    ) {
        let sourceCount = sizes[layer - 1]
        let sourceStart = neuronOffset[layer - 1]
        let firstWeight = weightOffset[layer] + neuron * sourceCount
        for source in 0..<sourceCount {
            let input = outputs[sourceStart + source]
            let gradient = rounded(factor * input)
            let weight = firstWeight + source
            var updated: ParameterUpdate?
            if updating {
                let change = update(weights[weight], state: weight, gradient: gradient)
                updatedWeights[weight] = change.value
                updated = change
            } else {
                weightGradients[weight] += gradient
            }
            recorder.weightGradient(
                layer: layer, neuron: neuron, source: source, weight: weight, input: input,
                gradient: gradient, updated: updated
            )
        }
    }

    private mutating func biasGradient<Recorder: StepRecorder>(
        layer: Int, neuron: Int?, gradient: Double, updating: Bool, _ recorder: inout Recorder
    ) {
        let index = biasOffset[layer] + (neuron ?? 0)
        guard updating else {
            biasGradients[index] += gradient
            recorder.biasGradient(layer: layer, neuron: neuron, gradient: gradient, updated: nil)
            return
        }
        guard updateBiases else {
            recorder.biasGradient(layer: layer, neuron: neuron, gradient: gradient, updated: nil)
            return
        }
        let updated = update(biases[index], state: weightCount + index, gradient: gradient)
        biases[index] = updated.value
        recorder.biasGradient(layer: layer, neuron: neuron, gradient: gradient, updated: updated)
    }

    /// A parameter after the optimizer's update from `gradient` (with weight decay added, when
    /// there is any), its state (at `state`: a weight's index, or the weight count plus a
    /// bias's flat index) changed in place.
    @inline(__always)
    private mutating func update(_ parameter: Double, state: Int, gradient rawGradient: Double) -> ParameterUpdate {
        let gradient = weightDecay == 0
            ? rawGradient
            : rounded(Optimizer.decayed(gradient: rawGradient, weightDecay: weightDecay, parameter: parameter))
        switch optimizer {
        case .sgd:
            return ParameterUpdate(
                value: rounded(GradientDescent.updated(parameter, learningRate: learningRate, gradient: gradient)),
                gradient: gradient
            )
        case let .momentum(mu):
            let velocity = rounded(Optimizer.velocity(momentum: mu, previous: firstState[state], gradient: gradient))
            firstState[state] = velocity
            return ParameterUpdate(
                value: rounded(GradientDescent.updated(parameter, learningRate: learningRate, gradient: velocity)),
                gradient: gradient, first: velocity
            )
        case let .nesterov(mu):
            let velocity = rounded(Optimizer.velocity(momentum: mu, previous: firstState[state], gradient: gradient))
            firstState[state] = velocity
            let direction = rounded(Optimizer.nesterovDirection(gradient: gradient, momentum: mu, velocity: velocity))
            return ParameterUpdate(
                value: rounded(GradientDescent.updated(parameter, learningRate: learningRate, gradient: direction)),
                gradient: gradient, first: velocity, direction: direction
            )
        case let .rmsprop(alpha, epsilon):
            let average = rounded(Optimizer.secondMoment(beta2: alpha, previous: firstState[state], gradient: gradient))
            firstState[state] = average
            let value = rounded(Optimizer.rmspropUpdated(
                parameter, learningRate: learningRate, gradient: gradient, squareAverage: average, epsilon: epsilon
            ))
            return ParameterUpdate(value: value, gradient: gradient, first: average)
        case let .adam(beta1, beta2, epsilon):
            let first = rounded(Optimizer.firstMoment(beta1: beta1, previous: firstState[state], gradient: gradient))
            let second = rounded(Optimizer.secondMoment(beta2: beta2, previous: secondState[state], gradient: gradient))
            firstState[state] = first
            secondState[state] = second
            let correctedFirst = rounded(Optimizer.corrected(first, correction: corrections.first))
            let correctedSecond = rounded(Optimizer.corrected(second, correction: corrections.second))
            let value = rounded(Optimizer.adamUpdated(
                parameter, learningRate: learningRate, firstMoment: correctedFirst,
                secondMoment: correctedSecond, epsilon: epsilon
            ))
            return ParameterUpdate(
                value: value, gradient: gradient, first: first, second: second,
                correctedFirst: correctedFirst, correctedSecond: correctedSecond
            )
        }
    }

    /// The update of a batch of `count` examples, from their summed gradients.
    private mutating func updateFromBatch<Recorder: StepRecorder>(of count: Int, _ recorder: inout Recorder) {
        for layer in 1..<sizes.count {
            for neuron in 0..<sizes[layer] {
                let first = weightOffset[layer] + neuron * sizes[layer - 1]
                for weight in first..<(first + sizes[layer - 1]) {
                    let gradient = rounded(reduction.combine(weightGradients[weight], count: count))
                    let updated = update(weights[weight], state: weight, gradient: gradient)
                    updatedWeights[weight] = updated.value
                    recorder.batchWeightGradient(
                        layer: layer, neuron: neuron, weight: weight, gradient: gradient, updated: updated
                    )
                }
            }
        }
        for layer in 1..<sizes.count {
            for slot in 0..<shape.biasSharing.count(forLayerOf: sizes[layer]) {
                let index = biasOffset[layer] + slot
                let gradient = rounded(reduction.combine(biasGradients[index], count: count))
                var updated: ParameterUpdate?
                if updateBiases {
                    let change = update(biases[index], state: weightCount + index, gradient: gradient)
                    biases[index] = change.value
                    updated = change
                }
                recorder.batchBiasGradient(
                    layer: layer, neuron: sharedBias ? nil : slot, gradient: gradient, updated: updated
                )
            }
        }
        (weights, updatedWeights) = (updatedWeights, weights)
    }

    /// The output layer's values for `inputs` with the current parameters (a forward pass).
    mutating func outputs(forInputs inputs: [Double]) -> [Double] {
        var untraced = NoRecording()
        for neuron in 0..<min(inputCount, inputs.count) { outputs[neuron] = inputs[neuron] }
        for layer in 1..<sizes.count { forward(layer: layer, &untraced) }
        return outputLayerValues
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
