import BackpropCore
import BackpropExercises
import BackpropSupport

extension Failure {
    static func describe(_ error: ExerciseError) -> (String, Int32) {
        switch error {
        case let .unsuitableLayers(layers, unsuitability):
            let reason = switch unsuitability {
            case let .layerCount(limit): "an exercise has 2 to \(limit) layers"
            case let .layerSize(limit): "an exercise has 1 to \(limit) neurons per layer"
            }
            return ("--layers: \(layers.map(String.init).joined(separator: ",")) is not for hand calculation: \(reason)", ExitStatus.usage)
        case let .unsuitableSettings(.exampleCount(count, limit)):
            return ("--examples: \(count) is out of range (1 to \(limit))", ExitStatus.usage)
        case let .unsuitableSettings(.learningRate(rate, limit)):
            return (
                "--learning-rate: \(JSONNumber.text(rate)) is not for an exercise: it must be more than 0 and at most "
                    + "\(JSONNumber.text(limit))",
                ExitStatus.usage
            )
        case .unsuitableSettings(.softmaxOfOneOutput):
            return (
                "--activation: a softmax output layer needs at least 2 neurons (the output of one is always 1); "
                    + "give --layers …,2 or more",
                ExitStatus.usage
            )
        case let .unsuitableSettings(.network(error)):
            let isActivation = error.field == .activation
            return (
                NetworkOptions.flag(forField: error.field.rawValue) + ": "
                    + message(error.problem, isActivation: isActivation),
                ExitStatus.dataError
            )
        case let .unsuitableSettings(.stepCount(steps)):
            return ("an exercise is one training step, not \(steps)", ExitStatus.usage)
        case let .unsuitableSettings(.training(error)):
            return describe(error)
        case let .noSuitableNetwork(exercise, attempts):
            return (
                "exercise \(exercise): no network of these layers passed the checks in \(attempts) draws "
                    + "(saturated neurons or vanishing gradients); try fewer or smaller layers, or fewer examples",
                ExitStatus.dataError
            )
        }
    }

    static func describe(_ error: PDFError) -> (String, Int32) {
        switch error {
        case .noEngine:
            return (
                "--pdf needs pdflatex, which is not installed (Debian: apt-get install "
                    + "texlive-latex-base texlive-latex-recommended texlive-pictures)",
                ExitStatus.unavailable
            )
        case let .compilationFailed(error, line):
            let place = line.map { " (line \($0) of the LaTeX source; see it with --format latex)" } ?? ""
            return ("pdflatex could not compile the document: \(error)\(place)", ExitStatus.dataError)
        case let .engineFailed(reason):
            return ("--pdf: \(reason)", ExitStatus.unavailable)
        case let .workspace(reason):
            return ("--pdf: cannot prepare a folder for pdflatex: \(reason)", ExitStatus.cannotCreate)
        }
    }
}
