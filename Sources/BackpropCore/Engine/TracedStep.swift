/// One training step that records every chain-rule term as it computes it.
///
/// The arithmetic is the same as ``Trainer``'s, operation for operation, so that a traced step
/// and an untraced one give bit-identical weights.
struct TracedStep {
    private let network: Network
    private let options: TrainingOptions
    private let names: NeuronNames
    private var recorder: TraceRecorder

    private var outputIndex: [[Int]] = []
    private var weightIndex: [Int] = []
    private var updatedWeightIndex: [Int] = []
    private var biasIndex: [[Int]] = []
    private var deltaIndex: [[Int]] = []
    private var learningRateIndex = 0
    private var targetIndex: [Int] = []
    private var netIndex: [[Int]] = []
    private var updatedWeights: [Double]
    private var updatedBiases: [[Double]]

    init(_ network: Network, options: TrainingOptions) {
        self.network = network
        self.options = options
        self.names = NeuronNames(network)
        let neurons = network.layerSizes.reduce(0, +)
        recorder = TraceRecorder(capacity: 4 * network.weights.count + 12 * neurons + 8)
        updatedWeights = network.weights
        updatedBiases = network.biases
        updatedWeightIndex = Array(repeating: 0, count: network.weights.count)
    }

    /// The step's terms and the network after the step.
    mutating func run() -> (terms: [Term], updated: Network) {
        recordGivens()
        for layer in 1..<network.layerCount { recordForward(layer: layer) }
        recordError()
        deltaIndex = Array(repeating: [], count: network.layerCount)
        for layer in stride(from: network.layerCount - 1, through: 1, by: -1) {
            recordBackward(layer: layer)
        }
        var updated = network
        updated.weights = updatedWeights
        updated.biases = updatedBiases
        return (recorder.terms, updated)
    }

    private mutating func recordGivens() {
        let layers = network.layerSizes
        outputIndex = Array(repeating: [], count: layers.count)
        netIndex = Array(repeating: [], count: layers.count)
        outputIndex[0] = network.inputs.enumerated().map { neuron, value in
            recorder.record(
                names.neuron(layer: 0, neuron), value, .given, .input, .given,
                layer: 0, neuron: neuron
            )
        }
        weightIndex.reserveCapacity(network.weights.count)
        biasIndex = []
        for layer in 1..<layers.count {
            for neuron in 0..<layers[layer] {
                for source in 0..<layers[layer - 1] {
                    let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                    weightIndex.append(recorder.record(
                        names.weight(weight), network.weights[weight], .given, .weight, .given,
                        layer: layer, neuron: neuron, weight: weight
                    ))
                }
            }
        }
        for layer in 1..<layers.count {
            let values = network.biases[layer - 1]
            biasIndex.append(values.enumerated().map { neuron, value in
                recorder.record(
                    names.bias(layer: layer, neuron: neuron), value, .given, .bias, .given,
                    layer: layer, neuron: network.biasSharing == .perNeuron ? neuron : nil
                )
            })
        }
        let outputLayer = layers.count - 1
        targetIndex = network.targets.enumerated().map { neuron, value in
            recorder.record(
                names.target(neuron), value, .given, .target, .given,
                layer: outputLayer, neuron: neuron
            )
        }
        learningRateIndex = recorder.record(
            NeuronNames.learningRate, network.learningRate, .given, .learningRate, .given,
            layer: 0
        )
    }

    private func biasTerm(layer: Int, neuron: Int) -> Int {
        network.biasSharing == .perLayer ? biasIndex[layer - 1][0] : biasIndex[layer - 1][neuron]
    }

    private mutating func recordForward(layer: Int) {
        let activation = network.activations[layer - 1]
        let sources = outputIndex[layer - 1]
        let section = TraceSection.forward(layer: layer)
        for neuron in 0..<network.layerSizes[layer] {
            let first = network.weightIndex(layer: layer, neuron: neuron, source: 0)
            let weights = Array(weightIndex[first..<(first + sources.count)])
            let bias = biasTerm(layer: layer, neuron: neuron)
            var net = 0.0
            for (weight, source) in zip(weights, sources) {
                net += recorder.value(weight) * recorder.value(source)
            }
            net += recorder.value(bias)
            let name = names.neuron(layer: layer, neuron)
            let netTerm = recorder.record(
                TermName.net(name), net,
                .weightedSum(weights: weights, inputs: sources, bias: bias), .netInput, section,
                layer: layer, neuron: neuron
            )
            netIndex[layer].append(netTerm)
            outputIndex[layer].append(recorder.record(
                TermName.out(name), activation.value(net), .activation(activation, net: netTerm),
                .output, section, layer: layer, neuron: neuron
            ))
        }
    }

    private mutating func recordError() {
        let layer = network.layerCount - 1
        var total = 0.0
        var errors: [Int] = []
        for neuron in 0..<network.layerSizes[layer] {
            let target = targetIndex[neuron]
            let output = outputIndex[layer][neuron]
            let error = Calculus.halfSquaredError(
                target: recorder.value(target), output: recorder.value(output)
            )
            total += error
            errors.append(recorder.record(
                TermName.error(names.neuron(layer: layer, neuron)), error,
                .halfSquaredError(target: target, output: output), .outputError, .error,
                layer: layer, neuron: neuron
            ))
        }
        recorder.record(TermName.totalError, total, .sum(errors), .totalError, .error, layer: layer)
    }

    private mutating func recordBackward(layer: Int) {
        let section = TraceSection.backward(layer: layer)
        let isOutput = layer == network.layerCount - 1
        let shares = isOutput ? [] : recordDeltaShares(of: layer + 1, section: section)
        var deltas: [Int] = []
        for neuron in 0..<network.layerSizes[layer] {
            let name = names.neuron(layer: layer, neuron)
            let slope = isOutput
                ? recordErrorSlope(neuron: neuron, name: name, section: section)
                : recordHiddenErrorSlope(
                    layer: layer, neuron: neuron, name: name, shares: shares, section: section
                )
            let activation = network.activations[layer - 1]
            let net = netIndex[layer][neuron]
            let output = outputIndex[layer][neuron]
            let activationSlope = recorder.record(
                TermName.activationSlope(name),
                activation.slope(net: recorder.value(net), output: recorder.value(output)),
                .activationSlope(activation, net: net, output: output), .activationSlope, section,
                layer: layer, neuron: neuron
            )
            let delta = recorder.record(
                TermName.delta(name), recorder.value(slope) * recorder.value(activationSlope),
                .product([slope, activationSlope]), .delta, section, layer: layer, neuron: neuron
            )
            deltas.append(delta)
            recordWeightGradients(
                layer: layer, neuron: neuron, name: name,
                factors: (slope, activationSlope), section: section
            )
            if network.biasSharing == .perNeuron {
                recordBiasGradient(layer: layer, neuron: neuron, deltas: [delta], section: section)
            }
        }
        deltaIndex[layer] = deltas
        if network.biasSharing == .perLayer {
            recordBiasGradient(layer: layer, neuron: 0, deltas: deltas, section: section)
        }
    }

    private mutating func recordErrorSlope(neuron: Int, name: String, section: TraceSection) -> Int {
        let layer = network.layerCount - 1
        let target = targetIndex[neuron]
        let output = outputIndex[layer][neuron]
        return recorder.record(
            TermName.errorSlope(name),
            Calculus.errorSlope(target: recorder.value(target), output: recorder.value(output)),
            .errorSlope(target: target, output: output), .errorSlope, section,
            layer: layer, neuron: neuron
        )
    }

    private mutating func recordDeltaShares(of layer: Int, section: TraceSection) -> [Int] {
        deltaIndex[layer].enumerated().map { neuron, delta in
            recorder.record(
                TermName.deltaShare(names.neuron(layer: layer, neuron)), recorder.value(delta),
                .equal(delta), .deltaShare, section, layer: layer, neuron: neuron
            )
        }
    }

    private mutating func recordHiddenErrorSlope(
        layer: Int, neuron: Int, name: String, shares: [Int], section: TraceSection
    ) -> Int {
        var contributions: [Int] = []
        var sum = 0.0
        for (above, share) in shares.enumerated() {
            let aboveName = names.neuron(layer: layer + 1, above)
            let weight = network.weightIndex(layer: layer + 1, neuron: above, source: neuron)
            let weightTerm = options.hiddenUses == .updated
                ? updatedWeightIndex[weight] : weightIndex[weight]
            let netSlope = recorder.record(
                TermName.netSlopeOfOutput(aboveName, source: name), recorder.value(weightTerm),
                .equal(weightTerm), .netSlopeOfOutput, section,
                layer: layer + 1, neuron: above, weight: weight
            )
            let contribution = recorder.value(share) * recorder.value(netSlope)
            sum += contribution
            contributions.append(recorder.record(
                TermName.contribution(aboveName, source: name), contribution,
                .product([share, netSlope]), .contribution, section,
                layer: layer, neuron: neuron, weight: weight
            ))
        }
        return recorder.record(
            TermName.errorSlope(name), sum, .sum(contributions), .hiddenErrorSlope, section,
            layer: layer, neuron: neuron
        )
    }

    private mutating func recordWeightGradients(
        layer: Int, neuron: Int, name: String, factors: (Int, Int), section: TraceSection
    ) {
        let (slope, activationSlope) = factors
        let delta = recorder.value(slope) * recorder.value(activationSlope)
        for (source, sourceTerm) in outputIndex[layer - 1].enumerated() {
            let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
            let weightName = names.weight(weight)
            let netSlope = recorder.record(
                TermName.netSlope(name, weight: weightName), recorder.value(sourceTerm),
                .equal(sourceTerm), .netSlope, section, layer: layer, neuron: neuron, weight: weight
            )
            let gradient = recorder.record(
                TermName.weightGradient(weightName), delta * recorder.value(netSlope),
                .product([slope, activationSlope, netSlope]), .weightGradient, section,
                layer: layer, neuron: neuron, weight: weight
            )
            let value = Calculus.updated(
                network.weights[weight], learningRate: network.learningRate,
                gradient: recorder.value(gradient)
            )
            updatedWeights[weight] = value
            updatedWeightIndex[weight] = recorder.record(
                TermName.updated(weightName), value,
                .update(
                    parameter: weightIndex[weight], learningRate: learningRateIndex,
                    gradient: gradient
                ),
                .updatedWeight, section, layer: layer, neuron: neuron, weight: weight
            )
        }
    }

    private mutating func recordBiasGradient(
        layer: Int, neuron: Int, deltas: [Int], section: TraceSection
    ) {
        let biasName = names.bias(layer: layer, neuron: neuron)
        let owner: Int? = network.biasSharing == .perNeuron ? neuron : nil
        var gradientValue = 0.0
        for delta in deltas { gradientValue += recorder.value(delta) }
        let gradient = recorder.record(
            TermName.biasGradient(biasName), gradientValue, .biasGradient(deltas: deltas),
            .biasGradient, section, layer: layer, neuron: owner
        )
        guard options.updateBiases else { return }
        let slot = owner ?? 0
        let bias = biasTerm(layer: layer, neuron: slot)
        let value = Calculus.updated(
            recorder.value(bias), learningRate: network.learningRate, gradient: gradientValue
        )
        updatedBiases[layer - 1][slot] = value
        recorder.record(
            TermName.updated(biasName), value,
            .update(parameter: bias, learningRate: learningRateIndex, gradient: gradient),
            .updatedBias, section, layer: layer, neuron: owner
        )
    }
}
