/// Trains a network for many steps without tracing them: the fast steps of the one step
/// algorithm, driven one at a time by the caller (who may stop between any two).
///
/// Memory is fixed when the trainer is made: a step allocates nothing, and nothing is kept per
/// step or per epoch.
public struct Trainer {
    private var algorithm: StepAlgorithm<NoRounding>
    private let examples: [Example]
    /// Steps taken so far.
    public private(set) var stepsTaken = 0
    /// Steps in one epoch: one per batch.
    public let stepsPerEpoch: Int

    /// A trainer starting from `setup`'s network.
    ///
    /// - Throws: ``EngineError`` for options the fast steps cannot honour (rounding, or
    ///   `--hidden-uses updated` with several examples).
    public init(_ setup: TrainingSetup, options: TrainingOptions) throws(EngineError) {
        if options.hiddenUses == .updated, setup.examples.count > 1 {
            throw .updatedOrderingNeedsOneExample(examples: setup.examples.count)
        }
        algorithm = StepAlgorithm(setup, options: options, rounder: NoRounding())
        examples = setup.examples
        stepsPerEpoch = (setup.examples.count + algorithm.batchSize - 1) / algorithm.batchSize
    }

    /// Takes the next step; returns its batch's loss, measured before the update (not finite
    /// when training diverges).
    public mutating func step() -> Double {
        stepsTaken += 1
        var untraced = NoRecording()
        return algorithm.step(stepsTaken, &untraced)
    }

    /// Every example's loss, outputs and (for classification targets) whether the network
    /// classifies it right, with the current parameters.
    public mutating func evaluate() -> Evaluation {
        let (loss, outputs) = algorithm.evaluateAllExamples()
        return Evaluation(loss: loss, outputs: outputs, examples: examples)
    }

    /// The output layer's values for `inputs` (one per input neuron) with the current
    /// parameters: a forward pass that changes nothing.
    public mutating func outputs(for inputs: [Double]) -> [Double] {
        algorithm.outputs(forInputs: inputs)
    }

    /// Whether every weight and bias is finite.
    public var parametersAreFinite: Bool { algorithm.parametersAreFinite }

    /// The network with the current parameters.
    public var network: Network { algorithm.network }
}
