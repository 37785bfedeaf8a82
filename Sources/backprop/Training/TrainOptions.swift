import BackpropCore
import BackpropInput
import BackpropRender

/// The flags of `backprop train` beyond the network's: data, epochs, optimizer, initial
/// weights, and what to write.
struct TrainOptions {
    static let data: [OptionSpec] = [
        OptionSpec(
            "--dataset", value: "NAME", kind: .choices(of: Dataset.self),
            "a built-in data set: xor, and, or, circle, gauss, xor-cloud, spiral or iris"
        ),
        OptionSpec("--samples", value: "N", "points of a generated data set (default 200, at most 100000)"),
        OptionSpec("--noise", value: "X", "standard deviation of the noise added to generated points (default 0, at most 1)"),
        OptionSpec("--seed", value: "S", "seed of the generated points and initial weights (default 1)"),
        OptionSpec("--label-column", value: "K", "with --examples: column K (from 1) holds a class label, expanded to one-hot targets"),
    ]

    static let training: [OptionSpec] = [
        OptionSpec("--epochs", value: "E", "passes over the examples (default: the data set's preset, else 100; at most 1000000000)"),
    ] + NetworkOptions.training.filter { ["--batch-size", "--reduction"].contains($0.name) } + [
    ] + OptimizerOptions.specs(epsilon: NetworkOptions.adamEpsilon) + [
        OptionSpec(
            "--init", value: "NAME", kind: .choices(of: WeightInitialization.self),
            "initial weights when none are given: xavier (default), he or uniform, drawn from --seed"
        ),
    ]

    static let output: [OptionSpec] = [
        OptionSpec("--format", value: "FORMAT", kind: .choices(Format.allCases.map(\.rawValue)), "text (default on a terminal), markdown (default otherwise), html, latex, or json (history, trained network and predictions for scripts)"),
        OutputOptions.output,
        OptionSpec("--save", value: "FILE", kind: .outputFile, "write the trained network as a network file"),
        OptionSpec("--save-initial", value: "FILE", kind: .outputFile, "write the network before training as a network file"),
        OptionSpec("--digits", value: "N", "decimal places shown (default 6)"),
        OptionSpec("--quiet", "no progress bar on standard error"),
        OutputOptions.force,
    ]

    enum Format: String, CaseIterable { case text, markdown, html, latex, json }

    static let maximumEpochs = 1_000_000_000
    static let defaultEpochs = 100
    /// The learning rate when none is given: the tool's 0.5, or 0.01 for Adam (whose steps are
    /// about η each, whatever the gradient).
    static let defaultLearningRate = 0.5
    static let defaultAdamLearningRate = 0.01

    /// Epochs: `--epochs`, else the data set's preset, else ``defaultEpochs``.
    private(set) var epochs: Int
    /// The optimizer: from the flags, else the data set's preset, else sgd.
    private(set) var optimizer: Optimizer
    /// Whether `--epochs` and the optimizer flags were given (a preset fills what was not).
    let epochsGiven: Bool
    let optimizerGiven: Bool
    /// The preset the settings the flags leave out come from (``applying(_:)``).
    private(set) var preset: DatasetPreset?
    /// `--weight-decay`, when given.
    let weightDecay: Double?
    let initialization: WeightInitialization
    let seed: UInt64
    let samples: Int
    let noise: Double
    let format: Format
    let digits: Int
    let quiet: Bool

    init(_ arguments: ParsedArguments, environment: Environment) throws(UsageError) {
        epochs = try arguments.value("--epochs").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--epochs", range: 1...Self.maximumEpochs)
        } ?? Self.defaultEpochs
        epochsGiven = arguments.value("--epochs") != nil
        optimizer = try OptimizerOptions.parse(arguments, epsilon: NetworkOptions.adamEpsilon, command: "train")
        optimizerGiven = OptimizerOptions.specs(epsilon: NetworkOptions.adamEpsilon).contains {
            $0.name != "--weight-decay" && (arguments.value($0.name) != nil || arguments.has($0.name))
        }
        weightDecay = try OptimizerOptions.weightDecay(arguments)
        initialization = try arguments.value("--init").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--init", as: WeightInitialization.self)
        } ?? .xavier
        seed = try arguments.value("--seed").map { text throws(UsageError) in
            guard let seed = UInt64(text.trimmingSpaces) else {
                throw UsageError("--seed: '\(text)' is not a whole number from 0 to \(UInt64.max)")
            }
            return seed
        } ?? 1
        samples = try arguments.value("--samples").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--samples", range: 2...Dataset.maximumSamples)
        } ?? Dataset.defaultSamples
        noise = try arguments.value("--noise").map { text throws(UsageError) in
            let value = try ValueParsing.number(text, option: "--noise")
            guard value >= 0, value <= Dataset.maximumNoise else {
                throw UsageError("--noise: \(text) is out of range (0 to \(NumberFormat.exact(Dataset.maximumNoise)))")
            }
            return value
        } ?? 0
        let toTerminal = environment.standardOutputIsTerminal
            && OutputDestination(arguments.value("--output")).isStandardOutput
        format = try arguments.value("--format").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--format", as: Format.self)
        } ?? (toTerminal ? .text : .markdown)
        digits = try arguments.value("--digits").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--digits", range: 0...17)
        } ?? 6
        quiet = arguments.has("--quiet")
    }

    /// These options with the epochs and optimizer of `preset` where the flags gave none.
    func applying(_ preset: DatasetPreset?) -> TrainOptions {
        guard let preset else { return self }
        var options = self
        options.preset = preset
        if !epochsGiven { options.epochs = preset.epochs }
        if !optimizerGiven { options.optimizer = preset.optimizer }
        return options
    }

    /// The learning rate when the network file and flags give none: the preset's for the
    /// preset's optimizer; otherwise 0.5, or 0.01 for RMSprop and Adam (whose steps are about
    /// η each, whatever the gradient).
    var defaultLearningRate: Double {
        if let preset, preset.optimizer.name == optimizer.name { return preset.learningRate }
        return optimizer.normalisesSteps ? Self.defaultAdamLearningRate : Self.defaultLearningRate
    }

    /// The flags that set a part of a preset, in the order the header names them.
    static let presetFlags = [
        "--network", "--layers", "--activation", "--loss", "--optimizer", "--batch-size", "--epochs",
        "--learning-rate",
    ]
}
