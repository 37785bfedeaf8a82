/// What a training step tells about each value it computes, in the order it computes them.
///
/// ``StepAlgorithm`` does every piece of arithmetic and hands each result to a recorder; the
/// recorder computes nothing. ``TraceBuilder`` turns the calls into the trace's terms and
/// formulas; ``NoRecording`` ignores them, so the untraced steps cost nothing extra. Neurons and
/// layers count from 0 (layer 0 = the inputs); `weight` is a flat weight index.
protocol StepRecorder {
    /// The values the step starts from, before anything is computed.
    mutating func givens(
        network: Network, biases: [Double], weights: [Double], example: Example, learningRate: Double
    )
    /// A neuron's net input, Σ w·x + b.
    mutating func netInput(layer: Int, neuron: Int, _ value: Double)
    /// A neuron's output, f(net), for an activation of one neuron at a time.
    mutating func output(layer: Int, neuron: Int, _ value: Double)
    /// One output's share of the loss, Eₒ.
    mutating func outputError(neuron: Int, _ value: Double)
    /// The loss, Σ Eₒ.
    mutating func totalError(_ value: Double)
    /// The backward pass reaches `layer` (output layer first).
    mutating func beginBackward(layer: Int)
    /// ∂E/∂out of an output neuron.
    mutating func errorSlope(neuron: Int, _ value: Double)
    /// What flows back to hidden `neuron` of `layer` through weight `weight` (the weight's
    /// value as the hidden deltas use it, and the product δ·w).
    mutating func contribution(layer: Int, neuron: Int, weight: Int, weightValue: Double, _ value: Double)
    /// ∂E/∂out of a hidden neuron: the sum of its contributions.
    mutating func hiddenErrorSlope(layer: Int, neuron: Int, _ value: Double)
    /// ∂out/∂net of a neuron whose activation acts on it alone.
    mutating func activationSlope(layer: Int, neuron: Int, _ value: Double)
    /// δ = ∂E/∂net.
    mutating func delta(layer: Int, neuron: Int, _ value: Double)
    /// The gradient of weight `weight` from neuron `source` of the layer below (whose output
    /// `input` it multiplies), and the weight after the update.
    mutating func weightGradient(
        layer: Int, neuron: Int, source: Int, weight: Int, input: Double,
        gradient: Double, updated: Double
    )
    /// The gradient of a bias (`neuron` nil for one shared by the layer), and the bias after the
    /// update when biases are updated.
    mutating func biasGradient(layer: Int, neuron: Int?, gradient: Double, updated: Double?)
}

/// The recorder of the untraced steps: it keeps nothing.
struct NoRecording: StepRecorder {
    @inline(__always) mutating func givens(
        network: Network, biases: [Double], weights: [Double], example: Example, learningRate: Double
    ) {}
    @inline(__always) mutating func netInput(layer: Int, neuron: Int, _ value: Double) {}
    @inline(__always) mutating func output(layer: Int, neuron: Int, _ value: Double) {}
    @inline(__always) mutating func outputError(neuron: Int, _ value: Double) {}
    @inline(__always) mutating func totalError(_ value: Double) {}
    @inline(__always) mutating func beginBackward(layer: Int) {}
    @inline(__always) mutating func errorSlope(neuron: Int, _ value: Double) {}
    @inline(__always) mutating func contribution(
        layer: Int, neuron: Int, weight: Int, weightValue: Double, _ value: Double
    ) {}
    @inline(__always) mutating func hiddenErrorSlope(layer: Int, neuron: Int, _ value: Double) {}
    @inline(__always) mutating func activationSlope(layer: Int, neuron: Int, _ value: Double) {}
    @inline(__always) mutating func delta(layer: Int, neuron: Int, _ value: Double) {}
    @inline(__always) mutating func weightGradient(
        layer: Int, neuron: Int, source: Int, weight: Int, input: Double,
        gradient: Double, updated: Double
    ) {}
    @inline(__always) mutating func biasGradient(
        layer: Int, neuron: Int?, gradient: Double, updated: Double?
    ) {}
}
