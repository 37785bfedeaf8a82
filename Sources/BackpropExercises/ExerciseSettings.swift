import BackpropCore

/// How the exercises of a set are trained: the activations, the loss, the learning rate,
/// whether the network has biases, how many examples a step learns from, and the training
/// options. The defaults are the reference walkthrough's choices.
package struct ExerciseSettings: Sendable, Equatable {
    /// One activation for every non-input layer, or one per non-input layer.
    package var activations: [Activation]
    /// The loss.
    package var loss: Loss
    /// η, the learning rate: more than 0.
    package var learningRate: Double
    /// Whether each layer has a shared bias (drawn) or the network has none.
    package var hasBiases: Bool
    /// How many examples are drawn for each exercise: one step learns from all of them, as one
    /// batch. From 1 to ``maximumExampleCount``.
    package var exampleCount: Int
    /// How the step is taken (whether biases learn, how a batch is reduced, …); one step.
    package var training: TrainingOptions

    /// The most examples an exercise may have: each adds a whole forward and backward pass.
    package static let maximumExampleCount = 8

    /// Settings that default to the reference's: logistic, half squared error, η = 0.5, one
    /// shared bias per layer, fixed, one example.
    package init(
        activations: [Activation] = [.logistic], loss: Loss = .halfSquared,
        learningRate: Double = 0.5, hasBiases: Bool = true, exampleCount: Int = 1,
        training: TrainingOptions = TrainingOptions()
    ) {
        self.activations = activations
        self.loss = loss
        self.learningRate = learningRate
        self.hasBiases = hasBiases
        self.exampleCount = exampleCount
        self.training = training
    }

    /// The activation of each of the `count` non-input layers: the one given repeated, or the
    /// list as given (whose length ``TrainingSetup`` checks).
    func activations(forLayers count: Int) -> [Activation] {
        activations.count == 1 ? Array(repeating: activations[0], count: count) : activations
    }

    /// The output layer's activation when there are `count` non-input layers.
    func outputActivation(forLayers count: Int) -> Activation? {
        activations(forLayers: count).last
    }

    /// What the targets must be for the loss and the output layer to make sense.
    func targetKind(forLayers count: Int) -> TargetKind {
        if outputActivation(forLayers: count) == .softmax { return .oneHot }
        if loss == .binaryCrossEntropy { return .binary }
        return .unitInterval
    }

    /// How an exercise's targets are drawn.
    enum TargetKind {
        /// k/100 with k in 1…99, as in the reference.
        case unitInterval
        /// One class per example: 1 for one output drawn at random, 0 for the others.
        case oneHot
        /// Labels 0 or 1, each drawn on its own.
        case binary
    }
}
