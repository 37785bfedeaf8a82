import BackpropCheck
import BackpropCore
import BackpropInput
import BackpropSupport

/// The flags that describe a network and how to train it, shared by every command that runs
/// the engine.
enum NetworkOptions {
    static let network: [OptionSpec] = [
        OptionSpec("--network", value: "FILE", kind: .inputFile, "read the network from a JSON file (see 'backprop init'); '-' reads standard input"),
        OptionSpec("--layers", value: "N,N,…", kind: .list, "neurons per layer, inputs first (e.g. 2,2,2)"),
        OptionSpec("--inputs", value: "X,…[;X,…]", kind: .list, "the training examples' inputs, examples split by ';'"),
        OptionSpec("--targets", value: "X,…[;X,…]", kind: .list, "the training examples' targets, examples split by ';'"),
        OptionSpec("--labels", value: "K[;K…]", kind: .list, "instead of --targets: each example's class, from 0 (one-hot targets for a softmax output, 0 or 1 for one output)"),
        OptionSpec("--examples", value: "FILE.csv", kind: .inputFile, "training examples, one a row: inputs then targets (a header row optional)"),
        OptionSpec("--weights", value: "X,…", kind: .list, "every weight, w1 first (layer by layer, neuron by neuron); @FILE reads them from FILE"),
        OptionSpec("--biases", value: "B,…|none", kind: .list, "one shared bias per layer, per neuron with layers split by ';', or none"),
        OptionSpec("--learning-rate", value: "X", "the learning rate η (default 0.5)"),
        OptionSpec("--activation", value: "NAME[,…]", "logistic (default; also sigmoid), tanh, relu, linear or softmax (output layer only); one, or one per layer"),
        OptionSpec(
            "--loss", value: "NAME", kind: .choices(of: Loss.self),
            "half-squared (default), squared, mean-squared, cross-entropy (softmax outputs) or binary-cross-entropy (logistic outputs)"
        ),
    ]

    static let training: [OptionSpec] = [
        OptionSpec(
            "--hidden-uses", value: "original|updated", kind: .choices(of: HiddenWeights.self),
            "hidden deltas use the original (default) or already updated output weights"
        ),
        OptionSpec("--update-biases", "update the biases too (the reference keeps them fixed)"),
        OptionSpec("--batch-size", value: "B", "examples per step, in order (default: all of them; 1 is stochastic gradient descent)"),
        OptionSpec(
            "--reduction", value: "mean|sum", kind: .choices(of: Reduction.self),
            "a batch's loss and gradients are the mean (default, as PyTorch) or the sum of its examples'"
        ),
        OptionSpec("--round", value: "N", "round every computed value to N decimals before using it, as by hand"),
        OptionSpec("--steps", value: "N", "training steps, one of them traced in full (default 1, or K with --trace-step K)"),
    ]

    /// The training flags of commands that only look at the first step (no `--steps`).
    static var firstStep: [OptionSpec] { training.filter { $0.name != "--steps" } }

    /// The largest step count accepted.
    static let maximumSteps = 1_000_000_000

    /// The network and training examples the flags describe: the reference, overridden by
    /// `--network`, overridden by the other flags. A field that falls back to the reference's
    /// value although the layers are not the reference's gets a note on standard error.
    static func setup(from arguments: ParsedArguments, environment: Environment) throws -> TrainingSetup {
        try setup(from: spec(from: arguments, environment: environment))
    }

    /// What the network file and the flags give, the flags winning; `--examples` is left to
    /// the caller when `readingExamples` is false.
    static func spec(
        from arguments: ParsedArguments, environment: Environment, readingExamples: Bool = true
    ) throws -> NetworkSpec {
        var spec = NetworkSpec()
        if let path = arguments.value("--network") {
            let bytes = try InputFile.read(path, environment: environment)
            spec = try NetworkFile.decode(bytes, path: InputFile.displayName(path))
        }
        return try spec.overridden(by: flags(arguments, environment: environment, readingExamples: readingExamples))
    }

    /// The setup of `complete`, the reference filling what it leaves out, with one note naming
    /// the reference's numbers so taken although the layers are not the reference's. The
    /// learning rate and activation are left out of it: they are every network's defaults.
    static func setup(from complete: NetworkSpec) throws -> TrainingSetup {
        let setup = try NetworkSpec.reference.overridden(by: complete).setup()
        let defaults = ["learningRate", "activation"]
        let fields = complete.fieldsFromTheReference().filter { !defaults.contains($0) }
        if let note = referenceNote(fields) { writeNote(note) }
        return setup
    }

    /// `the inputs and biases are the reference network's, …`, or nil for no field.
    static func referenceNote(_ fields: [String]) -> String? {
        guard !fields.isEmpty else { return nil }
        let flags = fields.map(flag(forField:))
        // Every field named here (inputs, targets, weights, biases) is a plural.
        return "the \(ProseList.joined(fields)) are the reference network's, although the layers are not "
            + "(give \(ProseList.joined(flags)), or set them in the network file)"
    }


    /// The network flags given (`--network`, `--weights`, …), in the order of the help.
    static func givenNetworkFlags(_ arguments: ParsedArguments) -> [String] {
        network.map(\.name).filter { arguments.value($0) != nil }
    }

    /// The training flags given, in the order of the help.
    static func givenTrainingFlags(_ arguments: ParsedArguments) -> [String] {
        (training + laterStep).map(\.name).filter { arguments.value($0) != nil || arguments.has($0) }
    }

    /// The options a reader must repeat to get the same step: the network file, if the network
    /// came from one, and the training options that change what is computed.
    static func repeated(_ options: TrainingOptions, networkFile: String?) -> [String] {
        var flags: [String] = networkFile.map { ["--network \($0)"] } ?? []
        if options.hiddenUses == .updated { flags.append("--hidden-uses updated") }
        if options.updateBiases { flags.append("--update-biases") }
        if let size = options.batchSize { flags.append("--batch-size \(size)") }
        if options.reduction != .mean { flags.append("--reduction \(options.reduction.rawValue)") }
        if let decimals = options.roundingDecimals { flags.append("--round \(decimals)") }
        return flags + laterStepFlags(options)
    }

    /// The flag of a training option.
    static func flag(_ option: TrainingOption) -> String {
        switch option {
        case .updateBiases: return "--update-biases"
        case .hiddenUsesUpdated: return "--hidden-uses updated"
        case let .reduction(reduction): return "--reduction \(reduction.rawValue)"
        }
    }

    /// The flag that sets a network file's field: `learningRate` → `--learning-rate`.
    static func flag(forField field: String) -> String {
        "--" + (field == "learningRate" ? "learning-rate" : field)
    }

    /// The flags that give a network's own numbers, as check's diagnosis names them.
    static let valueFlags = "--inputs, --targets, --weights, --biases, --learning-rate, or --network FILE"

    private static func flags(
        _ arguments: ParsedArguments, environment: Environment, readingExamples: Bool
    ) throws -> NetworkSpec {
        var spec = NetworkSpec()
        func list(_ name: String) throws -> ListArgument? {
            try arguments.list(name, environment: environment)
        }
        if let list = try list("--layers") {
            spec.layers = Sourced(try ValueParsing.integers(list), from: .flag(list.source))
        }
        if let list = try list("--inputs") {
            spec.inputs = Sourced(try ValueParsing.examples(list), from: .flag(list.source))
        }
        if let list = try list("--labels") {
            if arguments.value("--targets") != nil {
                throw UsageError("--labels gives the targets: leave out --targets")
            }
            spec.labels = Sourced(try ValueParsing.labels(list), from: .flag(list.source))
        }
        if let list = try list("--targets") {
            spec.targets = Sourced(try ValueParsing.examples(list), from: .flag(list.source))
        }
        if readingExamples, let path = arguments.value("--examples") {
            if arguments.value("--inputs") != nil || arguments.value("--targets") != nil || arguments.value("--labels") != nil {
                throw UsageError("--examples gives the inputs and targets: leave out --inputs, --targets and --labels")
            }
            let bytes = try InputFile.read(path, environment: environment)
            spec.exampleRows = try ExampleTable.decode(bytes, path: InputFile.displayName(path))
        }
        if let list = try list("--weights") {
            spec.weights = Sourced(try ValueParsing.numbers(list), from: .flag(list.source))
        }
        if let list = try list("--biases") {
            spec.biases = Sourced(try ValueParsing.biases(list), from: .flag(list.source))
        }
        func source(_ flag: String) -> InputSource { .flag(flag) }
        if let text = arguments.value("--learning-rate") {
            spec.learningRate = Sourced(
                try ValueParsing.number(text, option: "--learning-rate"), from: source("--learning-rate")
            )
        }
        if let text = arguments.value("--activation") {
            spec.activation = Sourced(try activations(text), from: source("--activation"))
        }
        if let name = arguments.value("--loss") {
            spec.loss = Sourced(try loss(name), from: source("--loss"))
        }
        return spec
    }

    /// `--activation`'s value: one name, or one per layer split by ','.
    static func activations(_ text: String) throws(NetworkInputError) -> [Activation] {
        var activations: [Activation] = []
        for name in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = name.trimmingSpaces
            guard let activation = ActivationName.parse(trimmed) else {
                throw NetworkInputError(
                    .flag("--activation"), field: "activation",
                    .unknownActivation(trimmed, suggestion: ActivationName.suggestion(for: trimmed))
                )
            }
            activations.append(activation)
        }
        return activations
    }

    /// `--loss`'s value.
    static func loss(_ name: String) throws(NetworkInputError) -> Loss {
        guard let loss = LossName.parse(name.trimmingSpaces) else {
            throw NetworkInputError(
                .flag("--loss"), field: "loss", .unknownLoss(name, suggestion: LossName.suggestion(for: name))
            )
        }
        return loss
    }

    /// The specifications of the network and training flags `names`, in the order given, for a
    /// command that takes some of them with the same meaning.
    static func specs(_ names: [String]) -> [OptionSpec] {
        let all = network + training
        return names.compactMap { name in all.first { $0.name == name } }
    }

    /// The most decimals `--round` takes.
    static let maximumRounding = TrainingOptions.maximumRoundingDecimals

    /// The training options the flags give, each over its value in `base`.
    static func training(
        from arguments: ParsedArguments, over base: TrainingOptions = TrainingOptions()
    ) throws(UsageError) -> TrainingOptions {
        var options = base
        if let text = arguments.value("--batch-size") {
            options.batchSize = try ValueParsing.integer(text, option: "--batch-size", range: 1...NetworkSpec.maximumExampleCount)
        }
        if let text = arguments.value("--reduction") {
            options.reduction = try ValueParsing.choice(text, option: "--reduction", as: Reduction.self)
        }
        if let text = arguments.value("--round") {
            options.roundingDecimals = try ValueParsing.integer(text, option: "--round", range: 0...maximumRounding)
        }
        if let text = arguments.value("--hidden-uses") {
            options.hiddenUses = try ValueParsing.choice(text, option: "--hidden-uses", as: HiddenWeights.self)
        }
        if arguments.has("--update-biases") { options.updateBiases = true }
        if let text = arguments.value("--steps") {
            options.steps = try ValueParsing.integer(text, option: "--steps", range: 1...maximumSteps)
        }
        return options
    }
}
