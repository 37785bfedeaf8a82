extension Network {
    /// The reference walkthrough's 2-2-2 logistic network and training example.
    public static let reference: Network = {
        do {
            return try Network(
                layerSizes: [2, 2, 2],
                weights: [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55],
                biases: [[0.35], [0.60]],
                biasSharing: .perLayer,
                activations: [.logistic, .logistic],
                inputs: [0.05, 0.10],
                targets: [0.01, 0.99],
                learningRate: 0.5
            )
        } catch {
            preconditionFailure("the reference network is valid: \(error)")
        }
    }()
}
