import BackpropCheck
import BackpropCore
import BackpropExercises
import BackpropInput
import BackpropReport
import BackpropRender
import TemplateKit

/// The one place that turns any error into the user's one-line message and an exit status.
struct Failure {
    let message: String
    let status: Int32
    /// A second line pointing at the help, for usage errors.
    let hint: String?
    /// More messages, one line each, when several inputs failed in one run.
    let more: [String]

    init(_ error: Error) {
        if let several = error as? SeveralFailures {
            self = Failure(several: several)
            return
        }
        more = []
        hint = (error as? UsageError).map { usage in
            usage.command.map { "see 'backprop help \($0)'" } ?? "see 'backprop --help'"
        }
        switch error {
        case let error as UsageError:
            (message, status) = (error.message, ExitStatus.usage)
        case let error as MissingInputError:
            (message, status) = ("\(error.path): \(error.reason)", ExitStatus.noInput)
        case let error as NetworkInputError:
            (message, status) = (Self.message(error), ExitStatus.dataError)
        case let error as AnswerSheetError:
            (message, status) = (error.description, ExitStatus.dataError)
        case let error as EngineError:
            (message, status) = Self.describe(error)
        case let error as TemplateError:
            (message, status) = (error.description, ExitStatus.dataError)
        case let error as TemplateLibraryError:
            (message, status) = Self.describe(error)
        case let error as MissingTermError:
            (message, status) = (error.description, ExitStatus.software)
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

    /// Each of several failures on a line of its own; the status is the most severe (highest).
    private init(several failures: SeveralFailures) {
        let each = failures.errors.map(Failure.init)
        message = each.first?.message ?? "no failure"
        status = each.map(\.status).max() ?? ExitStatus.software
        hint = nil
        more = each.dropFirst().map(\.message)
    }

    private static func describe(_ error: EngineError) -> (String, Int32) {
        switch error {
        case let .nonFiniteTerm(name, value):
            return ("\(name) is \(value) in step 1: the numbers overflow; use smaller weights, inputs or learning rate", ExitStatus.dataError)
        case let .nonFiniteAfterStep(step, what):
            let quantity = what == .totalError ? "E_total" : "a weight or bias"
            return ("\(quantity) stopped being finite at step \(step): training diverges; use a smaller learning rate or fewer steps", ExitStatus.dataError)
        case let .invalidStepCount(steps):
            return ("--steps: \(steps) is out of range (at least 1)", ExitStatus.usage)
        }
    }

    private static func describe(_ error: TemplateLibraryError) -> (String, Int32) {
        switch error {
        case .overrideDirectoryMissing, .unknownTemplate, .unreadableFile:
            return (error.description, ExitStatus.noInput)
        case .invalidName:
            return (error.description, ExitStatus.usage)
        case .exportWouldOverwrite:
            return (error.description + " (use --force to overwrite)", ExitStatus.cannotCreate)
        case .writeFailed:
            return (error.description, ExitStatus.cannotCreate)
        }
    }

    /// The text for standard error.
    var text: String {
        ([message] + more).map { "backprop: error: \($0)\n" }.joined()
            + (hint.map { "backprop: \($0)\n" } ?? "")
    }
}
