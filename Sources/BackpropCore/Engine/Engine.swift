/// Runs training steps and records the first one as a trace.
public enum Engine {
    /// Trains `setup`'s network for `options.steps` steps, tracing the first in full.
    ///
    /// Steps after the first run untraced in constant memory, through the same step algorithm.
    /// The history holds E_total and the outputs after steps 1, 10, 100, … and after the last
    /// step.
    ///
    /// - Throws: ``EngineError`` when a value overflows or becomes undefined, naming the first
    ///   term (or the step) where it happened, or when fewer than one step is asked for.
    public static func run(
        _ setup: TrainingSetup, options: TrainingOptions = TrainingOptions()
    ) throws(EngineError) -> Trace {
        guard options.steps >= 1 else { throw .invalidStepCount(options.steps) }
        var algorithm = StepAlgorithm(setup, options: options)
        var builder = TraceBuilder(setup, options: options)
        algorithm.recordGivens(&builder)
        _ = algorithm.forward(&builder)
        algorithm.backward(&builder)
        let terms = builder.terms
        if let bad = terms.first(where: { !$0.value.isFinite }) {
            let naming = TermNaming(NeuronNames(setup.network))
            throw .nonFiniteTerm(name: naming.name(bad.id), value: bad.value)
        }
        var untraced = NoRecording()
        var history: [Checkpoint] = []
        var totalError = algorithm.forward(&untraced)
        var nextCheckpoint = 1
        for step in 1...options.steps {
            if step > 1 {
                algorithm.backward(&untraced)
                totalError = algorithm.forward(&untraced)
            }
            guard totalError.isFinite else {
                throw .nonFiniteAfterStep(step: step, what: .totalError)
            }
            if step == nextCheckpoint || step == options.steps {
                history.append(Checkpoint(
                    step: step, totalError: totalError, outputs: algorithm.outputLayerValues
                ))
                if step == nextCheckpoint { nextCheckpoint *= 10 }
            }
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
