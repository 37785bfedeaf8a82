/// Runs training steps and records the first one as a trace.
public enum Engine {
    /// Trains `network` for `options.steps` steps, tracing the first in full.
    ///
    /// Steps after the first run untraced in constant memory. The history holds E_total and the
    /// outputs after steps 1, 10, 100, … and after the last step.
    ///
    /// - Throws: ``EngineError`` when a value overflows or becomes undefined, naming the first
    ///   term (or the step) where it happened, or when fewer than one step is asked for.
    public static func run(
        _ network: Network, options: TrainingOptions = TrainingOptions()
    ) throws(EngineError) -> Trace {
        guard options.steps >= 1 else { throw .invalidStepCount(options.steps) }
        var tracedStep = TracedStep(network, options: options)
        let (terms, afterFirstStep) = tracedStep.run()
        if let bad = terms.first(where: { !$0.value.isFinite }) {
            throw .nonFiniteTerm(name: bad.name, value: bad.value)
        }
        var trainer = Trainer(afterFirstStep, options: options)
        var history: [Checkpoint] = []
        var totalError = trainer.forward()
        var nextCheckpoint = 1
        for step in 1...options.steps {
            if step > 1 {
                trainer.backward()
                totalError = trainer.forward()
            }
            guard totalError.isFinite else {
                throw .nonFiniteAfterStep(step: step, what: TermName.totalError)
            }
            if step == nextCheckpoint || step == options.steps {
                history.append(Checkpoint(
                    step: step, totalError: totalError, outputs: Array(trainer.outputLayer)
                ))
                if step == nextCheckpoint { nextCheckpoint *= 10 }
            }
        }
        guard trainer.parametersAreFinite else {
            throw .nonFiniteAfterStep(step: options.steps, what: "a weight or bias")
        }
        var trained = afterFirstStep
        trained.weights = trainer.weights
        trained.biases = trainer.biasesByLayer()
        return Trace(
            network: network, options: options, terms: terms, history: history, trained: trained
        )
    }
}
