/// What a training step tells about each value it computes, in the order it computes them.
///
/// ``StepAlgorithm`` does every piece of arithmetic and hands each result to a recorder; the
/// recorder computes nothing. ``TraceBuilder`` turns the calls into the trace's terms and
/// formulas; ``NoRecording`` ignores them, so the untraced steps cost nothing extra. Neurons and
/// layers count from 0 (layer 0 = the inputs); `weight` is a flat weight index; `example` is the
/// example's index among all the setup's examples.
protocol StepRecorder {
    /// The values the step starts from, before anything is computed: the shared parameters and
    /// the examples of the step's batch.
    mutating func givens(
        network: Network, biases: [Double], weights: [Double], examples: [(index: Int, example: Example)],
        learningRate: Double
    )
    /// The optimizer's hyperparameters (and the weight decay λ, when not 0) and its state as the
    /// step finds it: `first` (momentum's or RMSprop's v, Adam's m) and `second` (Adam's v) of every weight, then of every bias, in the
    /// order of ``Network/biases``; `step` counts from 1.
    mutating func optimizerGivens(
        _ optimizer: Optimizer, weightDecay: Double, step: Int, first: [Double], second: [Double]
    )
    /// The forward and backward passes of `example` begin (only for a step of several examples).
    mutating func beginExample(_ example: Int)
    /// A neuron's net input, Σ w·x + b.
    mutating func netInput(layer: Int, neuron: Int, _ value: Double)
    /// A neuron's output: f(net), or a softmax output of the whole layer.
    mutating func output(layer: Int, neuron: Int, _ value: Double)
    /// One output's share of the loss, Eₒ.
    mutating func outputError(neuron: Int, _ value: Double)
    /// The example's loss, Σ Eₒ.
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
    /// ∂out_k/∂net_j of a softmax layer, for output `output` (k) and net input `neuron` (j).
    mutating func softmaxSlope(layer: Int, output: Int, neuron: Int, _ value: Double)
    /// δ = ∂E/∂net.
    mutating func delta(layer: Int, neuron: Int, _ value: Double)
    /// The gradient of weight `weight` from neuron `source` of the layer below (whose output
    /// `input` it multiplies), and, in a step of one example, the weight after the update.
    mutating func weightGradient(
        layer: Int, neuron: Int, source: Int, weight: Int, input: Double,
        gradient: Double, updated: ParameterUpdate?
    )
    /// The gradient of a bias (`neuron` nil for one shared by the layer), and the bias after the
    /// update when biases are updated in a step of one example.
    mutating func biasGradient(layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?)
    /// The loss of a batch of several examples: their losses combined.
    mutating func batchTotalError(_ value: Double)
    /// A weight's gradient over a batch of several examples, and the weight after the update.
    mutating func batchWeightGradient(layer: Int, neuron: Int, weight: Int, gradient: Double, updated: ParameterUpdate)
    /// A bias's gradient over a batch of several examples, and the bias after the update when
    /// biases are updated.
    mutating func batchBiasGradient(layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?)
}

/// The recorder of the untraced steps: it keeps nothing.
struct NoRecording: StepRecorder {
    @inline(__always) mutating func givens(
        network: Network, biases: [Double], weights: [Double], examples: [(index: Int, example: Example)],
        learningRate: Double
    ) {}
    @inline(__always) mutating func optimizerGivens(
        _ optimizer: Optimizer, weightDecay: Double, step: Int, first: [Double], second: [Double]
    ) {}
    @inline(__always) mutating func beginExample(_ example: Int) {}
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
    @inline(__always) mutating func softmaxSlope(layer: Int, output: Int, neuron: Int, _ value: Double) {}
    @inline(__always) mutating func delta(layer: Int, neuron: Int, _ value: Double) {}
    @inline(__always) mutating func weightGradient(
        layer: Int, neuron: Int, source: Int, weight: Int, input: Double,
        gradient: Double, updated: ParameterUpdate?
    ) {}
    @inline(__always) mutating func biasGradient(
        layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?
    ) {}
    @inline(__always) mutating func batchTotalError(_ value: Double) {}
    @inline(__always) mutating func batchWeightGradient(
        layer: Int, neuron: Int, weight: Int, gradient: Double, updated: ParameterUpdate
    ) {}
    @inline(__always) mutating func batchBiasGradient(
        layer: Int, neuron: Int?, gradient: Double, updated: ParameterUpdate?
    ) {}
}

/// A parameter after the optimizer's update, with the state the update went through (0 where
/// the optimizer keeps none).
struct ParameterUpdate {
    /// p⁺.
    var value: Double
    /// The gradient the optimizer used: ∂E_total/∂p, plus λ·p with weight decay.
    var gradient: Double
    /// Momentum's v⁺, RMSprop's v⁺ or Adam's m⁺.
    var first = 0.0
    /// Nesterov's direction d = g + μ·v⁺.
    var direction = 0.0
    /// Adam's v⁺.
    var second = 0.0
    /// Adam's m̂.
    var correctedFirst = 0.0
    /// Adam's v̂.
    var correctedSecond = 0.0
}
