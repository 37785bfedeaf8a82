/// Runs training steps and records the first one as a trace.
public enum Engine {
    /// The most terms a traced step may record: about 8 per weight for one example, times the
    /// examples of the first batch.
    public static let maximumTracedTerms = 20_000_000

    /// Trains `setup`'s network for `options.steps` steps, tracing the first in full.
    ///
    /// Steps after the first run untraced in constant memory, through the same step algorithm.
    /// The history holds E_total over every example and the outputs after steps 1, 10, 100, …
    /// and after the last step.
    ///
    /// - Throws: ``EngineError`` when a value overflows or becomes undefined, naming the first
    ///   term (or the step) where it happened, or for options the engine cannot honour.
    public static func run(
        _ setup: TrainingSetup, options: TrainingOptions = TrainingOptions()
    ) throws(EngineError) -> Trace {
        guard options.steps >= 1 else { throw .invalidStepCount(options.steps) }
        if options.hiddenUses == .updated, setup.examples.count > 1 {
            throw .updatedOrderingNeedsOneExample(examples: setup.examples.count)
        }
        guard let decimals = options.roundingDecimals else {
            return try run(setup, options: options, rounder: NoRounding())
        }
        return try run(setup, options: options, rounder: Rounding(decimals: decimals))
    }

    private static func run<Rounder: ValueRounding>(
        _ setup: TrainingSetup, options: TrainingOptions, rounder: Rounder
    ) throws(EngineError) -> Trace {
        var algorithm = StepAlgorithm(setup, options: options, rounder: rounder)
        let network = setup.network
        let perExample = 4 * network.weights.count + 12 * network.layerSizes.reduce(0, +)
        let traced = perExample * algorithm.batch(ofStep: 1).count
        guard traced <= maximumTracedTerms else { throw .traceTooLarge(terms: traced, limit: maximumTracedTerms) }

        var builder = TraceBuilder(setup, options: options)
        algorithm.recordGivens(step: 1, &builder)
        _ = algorithm.step(1, &builder)
        let terms = builder.terms
        if let bad = terms.first(where: { !$0.value.isFinite }) {
            let naming = TermNaming(NeuronNames(setup.network))
            throw .nonFiniteTerm(name: naming.name(bad.id), value: bad.value)
        }
        var untraced = NoRecording()
        var history: [Checkpoint] = []
        var nextCheckpoint = 1
        for step in 1...options.steps {
            if step > 1 {
                // The loss of step k's batch is measured with the parameters of k − 1 steps.
                guard algorithm.step(step, &untraced).isFinite else {
                    throw .nonFiniteAfterStep(step: step - 1, what: .totalError)
                }
            }
            guard step == nextCheckpoint || step == options.steps else { continue }
            let (loss, outputs) = algorithm.evaluateAllExamples()
            guard loss.isFinite else { throw .nonFiniteAfterStep(step: step, what: .totalError) }
            history.append(Checkpoint(step: step, totalError: loss, exampleOutputs: outputs))
            if step == nextCheckpoint { nextCheckpoint *= 10 }
        }
        guard algorithm.parametersAreFinite else {
            throw .nonFiniteAfterStep(step: options.steps, what: .parameter)
        }
        return Trace(
            setup: setup, options: options, terms: terms, history: history,
            trained: algorithm.network
        )
    }
}
