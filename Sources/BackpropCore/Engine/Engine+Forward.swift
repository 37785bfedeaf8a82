extension Engine {
    /// E_total of `setup`'s network on its training data: one forward pass with the parameters
    /// as they are, through the same step algorithm as ``run(_:options:)``, nothing recorded and
    /// nothing trained.
    ///
    /// Linear in the network's size. The result may be infinite or NaN when a value overflows;
    /// the caller decides what that means.
    public static func totalError(of setup: TrainingSetup) -> Double {
        var untraced = NoRecording()
        return totalError(of: setup, recording: &untraced)
    }

    /// E_total of `setup`, with the forward pass's values handed to `recorder`.
    static func totalError<Recorder: StepRecorder>(
        of setup: TrainingSetup, recording recorder: inout Recorder
    ) -> Double {
        var algorithm = StepAlgorithm(setup, options: TrainingOptions())
        return algorithm.forward(&recorder)
    }
}
