extension TrainingSetup {
    /// The reference walkthrough's 2-2-2 logistic network, its one training example, half
    /// squared error and η = 0.5.
    public static let reference: TrainingSetup = {
        do {
            return try TrainingSetup(
                layerSizes: [2, 2, 2],
                weights: [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55],
                biases: [[0.35], [0.60]],
                biasSharing: .perLayer,
                activations: [.logistic, .logistic],
                examples: [Example(inputs: [0.05, 0.10], targets: [0.01, 0.99])],
                loss: .halfSquared,
                learningRate: 0.5
            )
        } catch {
            preconditionFailure("the reference network is valid: \(error)")
        }
    }()
}

extension Network {
    /// The reference walkthrough's 2-2-2 logistic network.
    public static var reference: Network { TrainingSetup.reference.network }
}
