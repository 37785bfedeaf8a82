extension GradientCheck {
    /// The number of weights and biases of `network`.
    public static func parameterCount(of network: Network) -> Int {
        network.weights.count + network.biases.reduce(0) { $0 + $1.count }
    }

    /// The parameters a check of `setup` looks at: every weight and bias while two forward
    /// passes per parameter stay within `work` multiply-adds, otherwise an evenly spread sample
    /// of as many as fit, always with the first weight and the first bias into each layer.
    ///
    /// In the order of ``GradientCheck/entries``; linear in the number returned.
    public static func parameters(of setup: TrainingSetup, work: Int = maximumWork) -> [TermID] {
        let network = setup.network
        let count = parameterCount(of: network)
        let passCost = (network.weights.count + network.layerSizes.reduce(0, +)) * setup.examples.count
        let affordable = work / max(1, 2 * passCost)
        if affordable >= count { return allParameters(of: network) }
        var chosen = Set<Int>()
        var biasStart = network.weights.count
        for layer in 1..<network.layerCount {
            chosen.insert(network.firstWeight(intoLayer: layer))
            chosen.insert(biasStart)
            biasStart += network.biases[layer - 1].count
        }
        for index in 0..<affordable { chosen.insert(index * count / max(affordable, 1)) }
        return chosen.sorted().map { parameter(at: $0, of: network) }
    }

    private static func allParameters(of network: Network) -> [TermID] {
        var all: [TermID] = []
        all.reserveCapacity(parameterCount(of: network))
        for layer in 1..<network.layerCount {
            for neuron in 0..<network.layerSizes[layer] {
                for source in 0..<network.layerSizes[layer - 1] {
                    let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                    all.append(TermID(.weight, layer: layer, neuron: neuron, weight: weight))
                }
            }
        }
        for layer in 1..<network.layerCount {
            let shared = network.biasSharing == .perLayer
            for slot in network.biases[layer - 1].indices {
                all.append(TermID(.bias, layer: layer, neuron: shared ? nil : slot))
            }
        }
        return all
    }

    /// Parameter `index` in the order weights first (w1, w2, …), then biases layer by layer.
    static func parameter(at index: Int, of network: Network) -> TermID {
        if index < network.weights.count {
            var layer = 1
            while layer + 1 < network.layerCount, network.firstWeight(intoLayer: layer + 1) <= index { layer += 1 }
            let neuron = (index - network.firstWeight(intoLayer: layer)) / network.layerSizes[layer - 1]
            return TermID(.weight, layer: layer, neuron: neuron, weight: index)
        }
        var rest = index - network.weights.count
        for layer in 1..<network.layerCount {
            let biases = network.biases[layer - 1].count
            if rest < biases {
                return TermID(.bias, layer: layer, neuron: network.biasSharing == .perLayer ? nil : rest)
            }
            rest -= biases
        }
        return TermID(.bias, layer: network.outputLayer, neuron: nil)
    }
}
