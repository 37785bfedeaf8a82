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
        if laterStep.dropFirst().contains(where: { arguments.value($0.name) != nil }) {
            options.optimizer = try OptimizerOptions.parse(arguments, epsilon: adamEpsilon, command: command)
        }
        return options
    }

    /// The training flags and the later-step flags, over `base` (a worksheet's recorded options).
    static func tracedTraining(
        from arguments: ParsedArguments, over base: TrainingOptions = TrainingOptions(), command: String
    ) throws(UsageError) -> TrainingOptions {
        try laterStep(from: arguments, over: training(from: arguments, over: base), command: command)
    }

    /// The flags that give `options`' traced step and optimizer, for a reader to repeat.
    static func laterStepFlags(_ options: TrainingOptions) -> [String] {
        var flags: [String] = options.tracedStep > 1 ? ["--trace-step \(options.tracedStep)"] : []
        switch options.optimizer {
        case .sgd:
            break
        case let .momentum(mu):
            flags.append("--optimizer momentum")
            if mu != Optimizer.defaultMomentum { flags.append("--momentum " + NumberFormat.exact(mu)) }
        case let .adam(beta1, beta2, epsilon):
            flags.append("--optimizer adam")
            if beta1 != Optimizer.defaultBeta1 { flags.append("--beta1 " + NumberFormat.exact(beta1)) }
            if beta2 != Optimizer.defaultBeta2 { flags.append("--beta2 " + NumberFormat.exact(beta2)) }
            if epsilon != Optimizer.defaultEpsilon { flags.append(adamEpsilon + " " + NumberFormat.exact(epsilon)) }
        }
        return flags
    }
}
