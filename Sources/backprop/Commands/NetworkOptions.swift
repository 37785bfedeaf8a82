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
        OptionSpec("--inputs", value: "X,…", kind: .list, "the training example's inputs"),
        OptionSpec("--targets", value: "X,…", kind: .list, "the training example's targets"),
        OptionSpec("--weights", value: "X,…", kind: .list, "every weight, w1 first (layer by layer, neuron by neuron); @FILE reads them from FILE"),
        OptionSpec("--biases", value: "B,…", kind: .list, "one shared bias per layer, or per neuron with layers split by ';'"),
        OptionSpec("--learning-rate", value: "X", "the learning rate η (default 0.5)"),
        OptionSpec("--activation", value: "NAME[,…]", "logistic (default; also sigmoid), tanh, relu or linear; one, or one per layer"),
    ]

    static let training: [OptionSpec] = [
        OptionSpec(
            "--hidden-uses", value: "original|updated", kind: .choices(of: HiddenWeights.self),
            "hidden deltas use the original (default) or already updated output weights"
        ),
        OptionSpec("--update-biases", "update the biases too (the reference keeps them fixed)"),
        OptionSpec("--steps", value: "N", "training steps; the first is traced in full (default 1)"),
    ]

    /// The training flags of commands that only look at the first step (no `--steps`).
    static var firstStep: [OptionSpec] { training.filter { $0.name != "--steps" } }

    /// The largest step count accepted.
    static let maximumSteps = 1_000_000_000

    /// The network and training example the flags describe: the reference, overridden by
    /// `--network`, overridden by the other flags.
    static func setup(from arguments: ParsedArguments, environment: Environment) throws -> TrainingSetup {
        try NetworkSpec.reference.overridden(by: givenSpec(from: arguments, environment: environment)).setup()
    }

    /// The parts of a network the command line gives: `--network`'s file, overridden by the
    /// other flags; every other part unset.
    static func givenSpec(from arguments: ParsedArguments, environment: Environment) throws -> NetworkSpec {
        var spec = NetworkSpec()
        if let path = arguments.value("--network") {
            let bytes = try InputFile.read(path, environment: environment)
            spec = try NetworkFile.decode(bytes, path: InputFile.displayName(path))
        }
        return spec.overridden(by: try flags(arguments, environment: environment))
    }

    /// The network flags given (`--network`, `--weights`, …), in the order of the help.
    static func givenNetworkFlags(_ arguments: ParsedArguments) -> [String] {
        network.map(\.name).filter { arguments.value($0) != nil }
    }

    /// The options a reader must repeat to get the same step: the network file, if the network
    /// came from one, and the training options that change what is computed.
    static func repeated(_ options: TrainingOptions, networkFile: String?) -> [String] {
        var flags: [String] = networkFile.map { ["--network \($0)"] } ?? []
        if options.hiddenUses == .updated { flags.append("--hidden-uses updated") }
        if options.updateBiases { flags.append("--update-biases") }
        return flags
    }

    /// The flag of a training option.
    static func flag(_ option: TrainingOption) -> String {
        switch option {
        case .updateBiases: return "--update-biases"
        case .hiddenUsesUpdated: return "--hidden-uses updated"
        }
    }

    /// The flag that sets a network file's field: `learningRate` → `--learning-rate`.
    static func flag(forField field: String) -> String {
        "--" + (field == "learningRate" ? "learning-rate" : field)
    }

    /// The flags that give a network's own numbers, as check's diagnosis names them.
    static let valueFlags = "--inputs, --targets, --weights, --biases, --learning-rate, or --network FILE"

    private static func flags(_ arguments: ParsedArguments, environment: Environment) throws -> NetworkSpec {
        var spec = NetworkSpec()
        func list(_ name: String) throws -> ListArgument? {
            try arguments.list(name, environment: environment)
        }
        if let list = try list("--layers") {
            spec.layers = Sourced(try ValueParsing.integers(list), from: .flag(list.source))
        }
        if let list = try list("--inputs") {
            spec.inputs = Sourced(try ValueParsing.numbers(list), from: .flag(list.source))
        }
        if let list = try list("--targets") {
            spec.targets = Sourced(try ValueParsing.numbers(list), from: .flag(list.source))
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
            spec.activation = Sourced(activations, from: source("--activation"))
        }
        return spec
    }

    static func training(from arguments: ParsedArguments) throws(UsageError) -> TrainingOptions {
        var options = TrainingOptions()
        if let text = arguments.value("--hidden-uses") {
            options.hiddenUses = try ValueParsing.choice(text, option: "--hidden-uses", as: HiddenWeights.self)
        }
        options.updateBiases = arguments.has("--update-biases")
        if let text = arguments.value("--steps") {
            options.steps = try ValueParsing.integer(text, option: "--steps", range: 1...maximumSteps)
        }
        return options
    }
}
