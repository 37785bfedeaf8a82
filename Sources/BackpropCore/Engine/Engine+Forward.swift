extension Engine {
    /// E_total of the first step of `setup` under `options`: the loss of the first batch with
    /// the parameters as they are (for several examples, their losses combined by
    /// `options.reduction`), through the same step algorithm as ``run(_:options:)``, nothing
    /// recorded, nothing trained and nothing rounded.
    ///
    /// Linear in the network's size times the batch's. The result may be infinite or NaN when a
    /// value overflows; the caller decides what that means.
    public static func totalError(of setup: TrainingSetup, options: TrainingOptions = TrainingOptions()) -> Double {
        var untraced = NoRecording()
        return totalError(of: setup, options: options, recording: &untraced)
    }

    /// ``totalError(of:options:)``, with the forward passes' values handed to `recorder`.
    static func totalError<Recorder: StepRecorder>(
        of setup: TrainingSetup, options: TrainingOptions, recording recorder: inout Recorder
    ) -> Double {
        var algorithm = StepAlgorithm(setup, options: options, rounder: NoRounding())
        let batch = algorithm.batch(ofStep: 1)
        var total = 0.0
        for example in batch { total += algorithm.forward(example: example, &recorder) }
        return setup.examples.count == 1 ? total : options.reduction.combine(total, count: batch.count)
    }
}
