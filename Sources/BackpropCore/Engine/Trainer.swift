/// Untraced training steps over preallocated buffers: no allocation per step.
///
/// Performs the same operations in the same order as ``TracedStep``, so either one gives
/// bit-identical weights for the same step.
struct Trainer {
    private let sizes: [Int]
    private let activations: [Activation]
    private let targets: [Double]
    private let learningRate: Double
    private let hiddenUses: HiddenWeights
    private let updateBiases: Bool
    private let sharedBias: Bool
    /// The first neuron of each layer in the flat neuron buffers.
    private let neuronOffset: [Int]
    /// The first weight into each layer (index 0 unused).
    private let weightOffset: [Int]
    /// The first bias of each layer (index 0 unused).
    private let biasOffset: [Int]

    private(set) var weights: [Double]
    private(set) var biases: [Double]
    private var nets: [Double]
    private var outputs: [Double]
    private var deltas: [Double]

    init(_ network: Network, options: TrainingOptions) {
        sizes = network.layerSizes
        activations = network.activations
        targets = network.targets
        learningRate = network.learningRate
        hiddenUses = options.hiddenUses
        updateBiases = options.updateBiases
        sharedBias = network.biasSharing == .perLayer
        var neuronOffset = [0], weightOffset = [0], biasOffset = [0]
        for layer in 1..<sizes.count {
            neuronOffset.append(neuronOffset[layer - 1] + sizes[layer - 1])
            weightOffset.append(network.firstWeight(intoLayer: layer))
            biasOffset.append(biasOffset[layer - 1] + (layer == 1 ? 0 : network.biases[layer - 2].count))
        }
        self.neuronOffset = neuronOffset
        self.weightOffset = weightOffset
        self.biasOffset = biasOffset
        weights = network.weights
        biases = network.biases.flatMap { $0 }
        let neurons = sizes.reduce(0, +)
        nets = Array(repeating: 0, count: neurons)
        outputs = Array(repeating: 0, count: neurons)
        deltas = Array(repeating: 0, count: neurons)
        for (index, input) in network.inputs.enumerated() { outputs[index] = input }
    }

    /// The current output neurons' activations (valid after ``forward()``).
    var outputLayer: ArraySlice<Double> {
        outputs[neuronOffset[sizes.count - 1]...]
    }

    /// Runs the forward pass with the current weights and returns E_total.
    mutating func forward() -> Double {
        for layer in 1..<sizes.count {
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
                outputs[index] = activation.value(net)
            }
        }
        let outputStart = neuronOffset[sizes.count - 1]
        var total = 0.0
        for (neuron, target) in targets.enumerated() {
            total += Calculus.halfSquaredError(target: target, output: outputs[outputStart + neuron])
        }
        return total
    }

    /// Backpropagates from the last forward pass and updates the weights (and biases).
    mutating func backward() {
        let outputLayer = sizes.count - 1
        for layer in stride(from: outputLayer, through: 1, by: -1) {
            if layer == outputLayer { computeOutputDeltas() } else { computeHiddenDeltas(layer) }
            if hiddenUses == .updated { update(layer) }
        }
        if hiddenUses == .original {
            for layer in 1...outputLayer { update(layer) }
        }
    }

    /// Whether every weight and bias is still finite.
    var parametersAreFinite: Bool {
        weights.allSatisfy(\.isFinite) && biases.allSatisfy(\.isFinite)
    }

    private mutating func computeOutputDeltas() {
        let layer = sizes.count - 1
        let activation = activations[layer - 1]
        for neuron in 0..<sizes[layer] {
            let index = neuronOffset[layer] + neuron
            let slope = Calculus.errorSlope(target: targets[neuron], output: outputs[index])
            deltas[index] = slope * activation.slope(net: nets[index], output: outputs[index])
        }
    }

    private mutating func computeHiddenDeltas(_ layer: Int) {
        let activation = activations[layer - 1]
        let above = layer + 1
        for neuron in 0..<sizes[layer] {
            var sum = 0.0
            for next in 0..<sizes[above] {
                let weight = weightOffset[above] + next * sizes[layer] + neuron
                sum += deltas[neuronOffset[above] + next] * weights[weight]
            }
            let index = neuronOffset[layer] + neuron
            deltas[index] = sum * activation.slope(net: nets[index], output: outputs[index])
        }
    }

    private mutating func update(_ layer: Int) {
        let sourceCount = sizes[layer - 1]
        let sourceStart = neuronOffset[layer - 1]
        var sharedGradient = 0.0
        for neuron in 0..<sizes[layer] {
            let delta = deltas[neuronOffset[layer] + neuron]
            let firstWeight = weightOffset[layer] + neuron * sourceCount
            for source in 0..<sourceCount {
                let gradient = delta * outputs[sourceStart + source]
                weights[firstWeight + source] = Calculus.updated(
                    weights[firstWeight + source], learningRate: learningRate, gradient: gradient
                )
            }
            guard updateBiases else { continue }
            if sharedBias {
                sharedGradient += delta
            } else {
                let index = biasOffset[layer] + neuron
                biases[index] = Calculus.updated(
                    biases[index], learningRate: learningRate, gradient: delta
                )
            }
        }
        if updateBiases && sharedBias {
            biases[biasOffset[layer]] = Calculus.updated(
                biases[biasOffset[layer]], learningRate: learningRate, gradient: sharedGradient
            )
        }
    }

    /// The network's biases in the layout `Network` keeps them in.
    func biasesByLayer() -> [[Double]] {
        (1..<sizes.count).map { layer in
            let count = sharedBias ? 1 : sizes[layer]
            return Array(biases[biasOffset[layer]..<(biasOffset[layer] + count)])
        }
    }
}
