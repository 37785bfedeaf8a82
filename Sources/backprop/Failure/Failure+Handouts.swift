import BackpropCore
import BackpropExercises

extension Failure {
    static func describe(_ error: ExerciseError) -> (String, Int32) {
        switch error {
        case let .unsuitableLayers(layers, unsuitability):
            let reason = switch unsuitability {
            case let .layerCount(limit): "an exercise has 2 to \(limit) layers"
            case let .layerSize(limit): "an exercise has 1 to \(limit) neurons per layer"
            }
            return ("--layers: \(layers.map(String.init).joined(separator: ",")) is not for hand calculation: \(reason)", ExitStatus.usage)
        case let .noSuitableNetwork(exercise, attempts):
            return (
                "exercise \(exercise): no network of these layers passed the checks in \(attempts) draws "
                    + "(saturated neurons or vanishing gradients); try fewer or smaller layers",
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
