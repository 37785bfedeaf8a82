import BackpropCore
import BackpropInput
import BackpropRender
import Foundation

/// `backprop train`: many steps, shown as a loss table and curve, decision regions, predictions
/// and the trained weights.
enum TrainCommand {
    static let name = "train"
    static let summary = "train for many epochs: loss table and curve, decision regions, predictions"
    static let usage = "backprop train [network options] [--dataset NAME | --examples FILE.csv] --epochs E [options]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Network", NetworkOptions.network),
        OptionGroup("Data", TrainOptions.data),
        OptionGroup("Training", TrainOptions.training),
        OptionGroup("Output", TrainOptions.output),
    ]
    static let discussion = """
        The examples come from --dataset, from --examples FILE.csv (with --label-column K, a \
        column of class labels becomes one-hot targets), or from the network file and flags. \
        A built-in data set trains with its preset (layers, activations, loss, optimizer, batch \
        size, epochs, η), shown in the header; every flag overrides its part. Otherwise a data \
        set gets one hidden layer of 8 and one output per class (1 for two classes); three \
        classes or more get a softmax output and cross-entropy. Weights that are not given are \
        drawn by --init from --seed; biases that are not given start at 0; every bias learns. \
        --save and --save-initial record how training took its steps, so 'backprop explain \
        --network FILE --trace-step K' replays step K.

        Each epoch takes every batch once, in order. The loss and accuracy over all examples are \
        shown after epochs 1, 2, 5, 10, 20, 50, … and the last. A progress bar is drawn on \
        standard error when it is a terminal (not with --quiet). Ctrl-C stops after the current \
        step and writes the results so far; a loss that stops being finite exits with 65. \
        See docs/train.md.
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        try Arguments.expectNoPositionals(arguments, command: name)
        let parsed = try TrainOptions(arguments, environment: environment)
        let data = try TrainingData(arguments, options: parsed, environment: environment)
        let options = parsed.applying(arguments.value("--dataset").flatMap(Dataset.init(rawValue:))?.preset)
        let (setup, classNames) = try Self.setup(arguments, options: options, data: data, environment: environment)
        var training = try NetworkOptions.training(
            from: arguments, over: TrainingOptions(batchSize: options.preset?.batchSize)
        )
        training.updateBiases = true
        training.optimizer = options.optimizer
        training.weightDecay = options.weightDecay ?? 0

        let force = arguments.has("--force")
        let document = try OutputDestination(arguments.value("--output")).open(environment.output, force: force)
        let saved = try arguments.value("--save").map { try OutputDestination($0).open(environment.output, force: force) }
        let initial = try arguments.value("--save-initial").map { try OutputDestination($0).open(environment.output, force: force) }
        let record = TrainingRecord(training, examples: setup.examples.count)
        try initial?.write(NetworkFile.encode(setup, training: record))

        let progress = ProgressBar(
            shown: environment.standardErrorIsTerminal && !options.quiet, epochs: options.epochs
        )
        var loop = try TrainingLoop(setup, options: training, epochs: options.epochs)
        environment.stopRequest.listen()
        do {
            defer { progress.finish() }
            try loop.run(progress: progress, stop: environment.stopRequest)
        }

        let preset = options.preset.map { _ in
            (name: data.name(arguments), overriddenBy: TrainOptions.presetFlags.filter { arguments.value($0) != nil })
        }
        let report = loop.report(
            dataName: data.name(arguments), classNames: classNames, textGrid: options.format == .text
                || options.format == .markdown, preset: preset
        )
        let toStandardOutput = OutputDestination(arguments.value("--output")).isStandardOutput
        let columns = environment.columns(toStandardOutput: toStandardOutput) ?? TextLayout.defaultWidth
        let style: TrainingStyle? = switch options.format {
        case .text: .text(columns: columns)
        case .markdown: .markdown
        case .html: .html
        case .latex: .latex
        case .json: nil
        }
        try document.write(style.map { TrainingRenderer(style: $0, numbers: NumberFormat(digits: options.digits)).render(report) }
            ?? TrainingJSONRenderer().render(report))
        var trained = setup
        trained.network = report.network
        try saved?.write(NetworkFile.encode(trained, training: record))
        try OutputHandle.commit([initial, saved, document].compactMap { $0 })
        if report.endsNearChance { writeNote(TrainingAdvice.nearChanceNote(report)) }
        if report.wasInterrupted {
            writeNote("interrupted: the results are those after \(loop.stepsTaken) steps (\(report.epochsRun) whole epochs)")
        }
        return ExitStatus.success
    }

    /// The network and examples to train: the data's points, the layers they need, initial
    /// weights by `--init` when none are given, and zero biases.
    private static func setup(
        _ arguments: ParsedArguments, options: TrainOptions, data: TrainingData, environment: Environment
    ) throws -> (TrainingSetup, [String]?) {
        var spec = try NetworkOptions.spec(
            from: arguments, environment: environment, readingExamples: data.isGiven
        )
        var classNames: [String]?
        if case let .labelled(points, name) = data {
            let layers = spec.layers?.value ?? options.preset?.layers(for: points) ?? [
                points.featureCount, ["xor", "and", "or"].contains(name) ? 4 : 8, points.naturalOutputCount,
            ]
            if spec.layers == nil { spec.layers = Sourced(layers, from: .flag("--dataset")) }
            guard layers.first == points.featureCount else {
                throw DatasetFitError(error: .inputsDoNotFitFeatures(inputs: layers.first ?? 0, features: points.featureCount))
            }
            let examples: [Example]
            do { examples = try points.examples(outputs: layers.last ?? 0) } catch {
                throw DatasetFitError(error: error)
            }
            spec.inputs = Sourced(examples.map(\.inputs), from: .flag("--dataset"))
            spec.targets = Sourced(examples.map(\.targets), from: .flag("--dataset"))
            spec.exampleRows = nil
            if let preset = options.preset {
                if spec.activation == nil {
                    spec.activation = Sourced(preset.activations(layers: layers), from: .flag("--dataset"))
                }
                if spec.loss == nil {
                    let output = spec.activation.flatMap { $0.value.count == 1 ? $0.value.first : $0.value.last }
                    spec.loss = Sourced(DatasetPreset.loss(forOutput: output), from: .flag("--dataset"))
                }
            } else if spec.activation == nil {
                let softmax = (layers.last ?? 0) > 1
                spec.activation = Sourced(
                    Array(repeating: .logistic, count: max(layers.count - 2, 0)) + [softmax ? .softmax : .logistic],
                    from: .flag("--dataset")
                )
                if softmax, spec.loss == nil { spec.loss = Sourced(.crossEntropy, from: .flag("--dataset")) }
            }
            classNames = points.classNames
        }
        let layers = (spec.layers ?? NetworkSpec.reference.layers)?.value ?? []
        if spec.weights == nil, Network.weightCount(for: layers) != nil {
            spec.weights = Sourced(options.initialization.weights(layers: layers, seed: options.seed), from: .flag("--init"))
        }
        if spec.biases == nil {
            spec.biases = Sourced(.perNeuron(layers.dropFirst().map { Array(repeating: 0, count: $0) }), from: .flag("--init"))
        }
        if spec.learningRate == nil {
            spec.learningRate = Sourced(options.defaultLearningRate, from: .flag(options.preset == nil ? "--optimizer" : "--dataset"))
        }
        let setup = try NetworkOptions.setup(from: spec)
        if classNames == nil, setup.examples.allSatisfy({ Classification.label(ofTargets: $0.targets) != nil }) {
            let outputs = setup.network.layerSizes.last ?? 1
            classNames = outputs == 1 ? ["0", "1"] : (0..<outputs).map { String($0) }
        }
        return (setup, classNames)
    }
}

/// Data that does not fit the network's input or output layer.
struct DatasetFitError: Error {
    let error: DatasetError
}

extension TrainingData {
    var isGiven: Bool {
        if case .given = self { return true }
        return false
    }
}
