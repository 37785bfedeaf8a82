/// Runs training steps and records one of them as a trace.
public enum Engine {
    /// The most terms a traced step may record: about 8 per weight for one example, times the
    /// examples of the first batch.
    public static let maximumTracedTerms = 20_000_000

    /// Trains `setup`'s network for `options.steps` steps, tracing step `options.tracedStep`
    /// in full (the trace's setup is the network that step starts from).
    ///
    /// The other steps run untraced in constant memory, through the same step algorithm.
    /// The history holds E_total over every example and the outputs after steps 1, 10, 100, …
    /// and after the last step.
    ///
    /// `progress` is told the number of steps done every ``progressInterval`` steps of a long
    /// run, for a progress display; it must be cheap.
    ///
    /// - Throws: ``EngineError`` when a value overflows or becomes undefined, naming the first
    ///   term (or the step) where it happened, or for options the engine cannot honour.
    public static func run(
        _ setup: TrainingSetup, options: TrainingOptions = TrainingOptions(),
        progress: (_ stepsDone: Int) -> Void = { _ in }
    ) throws(EngineError) -> Trace {
        guard options.steps >= 1 else { throw .invalidStepCount(options.steps) }
        guard (1...options.steps).contains(options.tracedStep) else {
            throw .tracedStepOutOfRange(options.tracedStep, steps: options.steps)
        }
        if let decimals = options.roundingDecimals {
            if case .adam = options.optimizer { throw .adamRounded(decimals: decimals) }
            if case .rmsprop = options.optimizer { throw .rmspropRounded(decimals: decimals) }
        }
        if options.hiddenUses == .updated, setup.examples.count > 1 {
            throw .updatedOrderingNeedsOneExample(examples: setup.examples.count)
        }
        guard let decimals = options.roundingDecimals else {
            return try run(setup, options: options, rounder: NoRounding(), progress: progress)
        }
        return try run(setup, options: options, rounder: Rounding(decimals: decimals), progress: progress)
    }

    /// How many steps pass between two calls of a run's `progress`.
    public static let progressInterval = 1 << 14

    private static func run<Rounder: ValueRounding>(
        _ setup: TrainingSetup, options: TrainingOptions, rounder: Rounder,
        progress: (Int) -> Void
    ) throws(EngineError) -> Trace {
        var algorithm = StepAlgorithm(setup, options: options, rounder: rounder)
        let network = setup.network
        let perExample = 4 * network.weights.count + 12 * network.layerSizes.reduce(0, +)
        let parameters = network.weights.count + network.biases.reduce(0) { $0 + $1.count }
        let traced = perExample * algorithm.batch(ofStep: options.tracedStep).count + 8 * parameters
        guard traced <= maximumTracedTerms else { throw .traceTooLarge(terms: traced, limit: maximumTracedTerms) }

        var untraced = NoRecording()
        var traceSetup = setup
        for step in 1..<options.tracedStep {
            guard algorithm.step(step, &untraced).isFinite, algorithm.parametersAreFinite else {
                throw .nonFiniteAfterStep(step: step, what: .totalError)
            }
            if step & (progressInterval - 1) == 0 { progress(step) }
        }
        traceSetup.network = algorithm.network
        var builder = TraceBuilder(traceSetup, options: options)
        algorithm.recordGivens(step: options.tracedStep, &builder)
        _ = algorithm.step(options.tracedStep, &builder)
        let terms = builder.terms
        if let bad = terms.first(where: { !$0.value.isFinite }) {
            let naming = TermNaming(NeuronNames(setup.network))
            throw .nonFiniteTerm(name: naming.name(bad.id), value: bad.value, step: options.tracedStep)
        }
        var history: [Checkpoint] = []
        var nextCheckpoint = 1
        for step in 1...options.steps {
            if step > options.tracedStep {
                // The loss of step k's batch is measured with the parameters of k − 1 steps.
                guard algorithm.step(step, &untraced).isFinite else {
                    throw .nonFiniteAfterStep(step: step - 1, what: .totalError)
                }
                if step & (progressInterval - 1) == 0 { progress(step) }
            }
            guard step >= options.tracedStep, step == nextCheckpoint || step == options.steps else {
                if step == nextCheckpoint { nextCheckpoint *= 10 }
                continue
            }
            let (loss, outputs) = algorithm.evaluateAllExamples()
            guard loss.isFinite else { throw .nonFiniteAfterStep(step: step, what: .totalError) }
            history.append(Checkpoint(step: step, totalError: loss, exampleOutputs: outputs))
            if step == nextCheckpoint { nextCheckpoint *= 10 }
        }
        guard algorithm.parametersAreFinite else {
            throw .nonFiniteAfterStep(step: options.steps, what: .parameter)
        }
        return Trace(
            setup: traceSetup, options: options, terms: terms, history: history,
            trained: algorithm.network
        )
    }
}
