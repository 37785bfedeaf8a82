import BackpropCheck
import BackpropCore
import BackpropExercises
import BackpropInput
import BackpropRender
import BackpropSupport
import BackpropReport
import TemplateKit

/// The one place that turns any error into the user's one-line message and an exit status.
///
/// Control characters in a message (a newline in a flag's value, an escape in an answers file)
/// are shown escaped, `\n` or `\u{1B}`, so every message stays one line and cannot drive the
/// terminal.
struct Failure {
    let message: String
    let status: Int32
    /// A second line pointing at the help, for usage errors (exit status 64).
    let hint: String?
    /// More messages, one line each, when several inputs failed in one run.
    let more: [String]
    /// Lines quoted after the message, as they are: an expression's line with a caret under
    /// the place it went wrong.
    var excerpt: [String] = []

    /// The failure of `error`, in a run of `command` (whose help the hint points at) if known.
    init(_ error: Error, command: String? = nil) {
        if let several = error as? SeveralFailures {
            self = Failure(several: several)
            return
        }
        more = []
        let (text, status) = Self.describe(error)
        message = OneLine.escaped(text)
        if let program = error as? ExpressionProgramError { excerpt = Self.excerpt(program) }
        self.status = status
        // `backprop help nonsense` is better answered by the list of commands than by the help
        // of `help`.
        let helpOf = ((error as? UsageError)?.command ?? command).flatMap { $0 == HelpCommand.name ? nil : $0 }
        hint = status != ExitStatus.usage
            ? nil : helpOf.map { "see 'backprop help \($0)'" } ?? "see 'backprop --help'"
    }

    private static func describe(_ error: Error) -> (String, Int32) {
        switch error {
        case let error as UsageError:
            return (error.message, ExitStatus.usage)
        case let error as InputError:
            return (
                "\(error.path): \(error.reason)",
                error.kind == .tooLarge ? ExitStatus.dataError : ExitStatus.noInput
            )
        case let error as ListValueError:
            return Self.describe(error)
        case let error as NetworkInputError:
            return (Self.message(error), ExitStatus.dataError)
        case let error as AnswerSheetError:
            return (error.description, ExitStatus.dataError)
        case let error as SheetHeaderError:
            return (Self.message(error), ExitStatus.dataError)
        case let error as SheetHeaderSetupError:
            return (Self.message(error), ExitStatus.dataError)
        case let error as QuizResumeError:
            return (Self.message(error), ExitStatus.dataError)
        case let error as EngineError:
            return Self.describe(error)
        case let error as TrainError:
            return Self.describe(error)
        case let error as LabelledFileError:
            return ("\(error.path): " + Self.describe(error.error), ExitStatus.dataError)
        case let error as DatasetFitError:
            return (Self.describe(error.error), ExitStatus.dataError)
        case let error as TemplateError:
            return (error.description, ExitStatus.dataError)
        case let error as TemplateLibraryError:
            return Self.describe(error)
        case let error as MissingTermError:
            return (error.description, ExitStatus.software)
        case let error as PDFError: return Self.describe(error)
        case let error as ExerciseError: return Self.describe(error)
        case let error as ExpressionProgramError: return Self.describe(error)
        case let error as OutputError:
            return (
                "\(error.path): cannot write: \(error.reason)",
                error.kind == .cannotCreate ? ExitStatus.cannotCreate : ExitStatus.ioError
            )
        default:
            return ("\(error)", ExitStatus.software)
        }
    }

    /// Each of several failures on a line of its own; the status is the most severe (highest).
    /// The messages are escaped already.
    private init(several failures: SeveralFailures) {
        let each = failures.errors.map { Failure($0) }
        message = each.first?.message ?? "no failure"
        status = each.map(\.status).max() ?? ExitStatus.software
        hint = nil
        more = each.dropFirst().map(\.message)
    }

    /// An inline list is the command line's (64); a list read from a file is data (65).
    private static func describe(_ error: ListValueError) -> (String, Int32) {
        guard let file = error.file else {
            return (
                "\(error.option): item \(error.index) of '\(error.group)' is not \(error.expected): '\(error.item)'",
                ExitStatus.usage
            )
        }
        guard error.index > 0 else {
            return ("\(file): \(error.option): the file holds no values", ExitStatus.dataError)
        }
        let place = error.line.map { "\(file):\($0)" } ?? file
        return (
            "\(place): \(error.option): item \(error.index) is not \(error.expected): '\(error.item)'",
            ExitStatus.dataError
        )
    }


    static func describe(_ error: EngineError) -> (String, Int32) {
        switch error {
        case let .nonFiniteTerm(name, value, step):
            return ("\(name) is \(value) in step \(step): the numbers overflow; use smaller weights, inputs or learning rate", ExitStatus.dataError)
        case let .nonFiniteAfterStep(step, what):
            let quantity = what == .totalError ? "E_total" : "a weight or bias"
            return ("\(quantity) stopped being finite at step \(step): training diverges; use a smaller learning rate or fewer steps", ExitStatus.dataError)
        case let .updatedOrderingNeedsOneExample(examples):
            return ("--hidden-uses updated needs one training example: the hidden layer can use weights updated in the same step only when the step learns from one example, and this one has \(examples)", ExitStatus.usage)
        case let .traceTooLarge(terms, limit):
            return ("the first step would record \(terms) values, more than a trace holds (\(limit)); trace fewer examples with --batch-size", ExitStatus.dataError)
        case let .invalidStepCount(steps):
            return ("--steps: \(steps) is out of range (at least 1)", ExitStatus.usage)
        case let .tracedStepOutOfRange(step, steps):
            return ("--trace-step: \(step) is not one of the \(steps) steps run (give --steps \(step) or more)", ExitStatus.usage)
        case let .adamRounded(decimals):
            return ("--round \(decimals) with --optimizer adam: Adam's second moments, about 0.001·g², round away to 0 and its update divides by their root; drop --round", ExitStatus.usage)
        case let .rmspropRounded(decimals):
            return ("--round \(decimals) with --optimizer rmsprop: its averages of squared gradients, about 0.01·g², round away to 0 and its update divides by their root; drop --round", ExitStatus.usage)
        }
    }

    private static func describe(_ error: TemplateLibraryError) -> (String, Int32) {
        switch error {
        case .overrideDirectoryMissing, .overrideDirectoryNotAFolder, .unknownTemplate, .unreadableFile:
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
            + excerpt.map { $0 + "\n" }.joined()
            + (hint.map { "backprop: \($0)\n" } ?? "")
    }
}
