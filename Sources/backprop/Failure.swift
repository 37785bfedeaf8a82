import BackpropCore

/// The one place that turns any error into the user's one-line message and an exit status.
struct Failure {
    let message: String
    let status: Int32
    /// A second line pointing at the help, for usage errors.
    let hint: String?

    init(_ error: Error) {
        hint = (error as? UsageError).map { usage in
            usage.command.map { "see 'backprop help \($0)'" } ?? "see 'backprop --help'"
        }
        switch error {
        case let error as UsageError:
            (message, status) = (error.message, ExitStatus.usage)
        case let error as MissingInputError:
            (message, status) = ("\(error.path): \(error.reason)", ExitStatus.noInput)
        case let error as NetworkInputError:
            (message, status) = (error.description, ExitStatus.dataError)
        case let error as EngineError:
            (message, status) = Self.describe(error)
        case let error as PDFError: (message, status) = Self.describe(error)
        case let error as ExerciseError: (message, status) = Self.describe(error)
        case let error as OutputError:
            (message, status) = (
                "\(error.path): cannot write: \(error.reason)",
                error.kind == .cannotCreate ? ExitStatus.cannotCreate : ExitStatus.ioError
            )
        default:
            (message, status) = ("\(error)", ExitStatus.software)
        }
    }

    private static func describe(_ error: EngineError) -> (String, Int32) {
        switch error {
        case let .nonFiniteTerm(name, value):
            return ("\(name) is \(value) in step 1: the numbers overflow; use smaller weights, inputs or learning rate", ExitStatus.dataError)
        case let .nonFiniteAfterStep(step, what):
            return ("\(what) stopped being finite at step \(step): training diverges; use a smaller learning rate or fewer steps", ExitStatus.dataError)
        case let .invalidStepCount(steps):
            return ("--steps: \(steps) is out of range (at least 1)", ExitStatus.usage)
        }
    }

    /// The text for standard error.
    var text: String {
        "backprop: error: \(message)\n" + (hint.map { "backprop: \($0)\n" } ?? "")
    }
}
