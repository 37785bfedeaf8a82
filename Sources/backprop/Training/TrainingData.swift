import BackpropCore
import BackpropInput

/// Where `train`'s examples come from: a built-in data set, a CSV with a label column, or the
/// network's own examples (network file, `--inputs`/`--targets`, `--examples` of numbers).
enum TrainingData {
    case labelled(LabelledData, name: String)
    case given

    init(_ arguments: ParsedArguments, options: TrainOptions, environment: Environment) throws {
        let labelColumn = try arguments.value("--label-column").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--label-column", range: 1...NetworkSpec.maximumExampleCount)
        }
        if let text = arguments.value("--dataset") {
            for option in ["--inputs", "--targets", "--examples"] where arguments.value(option) != nil {
                throw UsageError("--dataset gives the examples: leave out \(option)", command: "train")
            }
            let dataset = try ValueParsing.choice(text, option: "--dataset", as: Dataset.self)
            if !dataset.isGenerated {
                for option in ["--samples", "--noise"] where arguments.value(option) != nil {
                    throw UsageError("\(option) is for the generated data sets (circle, gauss, xor-cloud, spiral), not \(dataset.rawValue)", command: "train")
                }
            }
            if labelColumn != nil { throw UsageError("--label-column is for --examples FILE.csv", command: "train") }
            self = .labelled(dataset.data(samples: options.samples, noise: options.noise, seed: options.seed), name: dataset.rawValue)
            return
        }
        for option in ["--samples", "--noise"] where arguments.value(option) != nil {
            throw UsageError("\(option) needs --dataset", command: "train")
        }
        guard let labelColumn else {
            self = .given
            return
        }
        guard let path = arguments.value("--examples") else {
            throw UsageError("--label-column needs --examples FILE.csv", command: "train")
        }
        let bytes = try InputFile.read(path, environment: environment)
        do {
            self = .labelled(try LabelledTable.decode(bytes, labelColumn: labelColumn), name: InputFile.displayName(path))
        } catch {
            throw LabelledFileError(path: InputFile.displayName(path), error: error)
        }
    }

    /// The name the report gives the examples.
    func name(_ arguments: ParsedArguments) -> String {
        switch self {
        case let .labelled(_, name): return name
        case .given:
            return arguments.value("--examples") ?? arguments.value("--network").map(InputFile.displayName) ?? "the given examples"
        }
    }
}

/// A labelled CSV that could not be read, with its file's name.
struct LabelledFileError: Error {
    let path: String
    let error: DatasetError
}
