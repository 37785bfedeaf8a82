import BackpropCore
import BackpropRender

extension NetworkOptions {
    /// The flags that trace a later step and choose the optimizer of the steps: `explain`,
    /// `worksheet`, `check` and `quiz` take them (docs/train.md).
    static let laterStep: [OptionSpec] = [
        OptionSpec("--trace-step", value: "K", "trace step K in full, the steps before it run fast (default 1)"),
    ] + OptimizerOptions.specs(epsilon: adamEpsilon)

    /// Adam's ε: not `--epsilon`, which is the gradient check's step in `explain`.
    static let adamEpsilon = "--adam-epsilon"

    /// `base` with the traced step and the optimizer the flags give; the step count becomes
    /// the traced step unless `--steps` says more. Without optimizer flags, `base`'s optimizer
    /// stays (a worksheet's recorded one).
    private static func laterStep(
        from arguments: ParsedArguments, over base: TrainingOptions, command: String
    ) throws(UsageError) -> TrainingOptions {
        var options = base
        if let text = arguments.value("--trace-step") {
            options.tracedStep = try ValueParsing.integer(text, option: "--trace-step", range: 1...maximumSteps)
        }
        if arguments.value("--steps") == nil { options.steps = options.tracedStep }
        let optimizerFlags = laterStep.dropFirst().filter { $0.name != "--weight-decay" }
        if optimizerFlags.contains(where: { arguments.value($0.name) != nil || arguments.has($0.name) }) {
            options.optimizer = try OptimizerOptions.parse(arguments, epsilon: adamEpsilon, command: command)
        }
        if let decay = try OptimizerOptions.weightDecay(arguments) { options.weightDecay = decay }
        return options
    }

    /// The setup and training options of a command that traces a step: the network and its
    /// examples from the file and flags, and the options recorded in the network file's
    /// `"training"` (what `train --save-initial` wrote), each overridden by its flag.
    static func tracedRun(
        from arguments: ParsedArguments, environment: Environment, command: String
    ) throws -> (TrainingSetup, TrainingOptions) {
        let spec = try spec(from: arguments, environment: environment)
        let setup = try setup(from: spec)
        let base = spec.training?.value.applied(to: TrainingOptions()) ?? TrainingOptions()
        return (setup, try tracedTraining(from: arguments, over: base, command: command))
    }

    /// The training flags and the later-step flags, over `base` (a worksheet's recorded options).
    static func tracedTraining(
        from arguments: ParsedArguments, over base: TrainingOptions = TrainingOptions(), command: String
    ) throws(UsageError) -> TrainingOptions {
        try laterStep(from: arguments, over: training(from: arguments, over: base), command: command)
    }

    /// The flags that give `options`' traced step and optimizer, for a reader to repeat.
    static func laterStepFlags(_ options: TrainingOptions) -> [String] {
        let flags: [String] = options.tracedStep > 1 ? ["--trace-step \(options.tracedStep)"] : []
        return flags + OptimizerOptions.flags(options.optimizer, weightDecay: options.weightDecay, epsilon: adamEpsilon)
    }
}
