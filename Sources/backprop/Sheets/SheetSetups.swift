import BackpropCheck
import BackpropCore
import BackpropInput
import BackpropReport
import BackpropSupport

/// The step each answers file is checked against: the setup its worksheet header records,
/// overridden part by part by what the command line gives; without a header, the command
/// line's network (or the reference). Each setup is traced once, however many sheets share it.
struct SheetSetups {
    /// A sheet's step, ready to judge.
    struct Resolved {
        let checker: Checker
        let origin: CheckedSheet.Origin
        /// The training options, as flags (`--hidden-uses updated`).
        let options: [String]
    }

    private let flags: NetworkSpec
    private let networkFlags: [String]
    private let arguments: ParsedArguments
    private let marking: MarkingRule?
    private let overriding: [String]
    private let command: String
    private var cache: [String: Resolved] = [:]
    /// The files whose header the command line overrode, for one note.
    private(set) var overridden: [String] = []
    /// The files whose damaged header was ignored because `--network` was given.
    private(set) var ignoredHeaders: [String] = []

    /// The setups `arguments` give: network and training flags, and the marking rule.
    init(_ arguments: ParsedArguments, environment: Environment, command: String) throws {
        flags = try NetworkOptions.spec(from: arguments, environment: environment)
        networkFlags = NetworkOptions.givenNetworkFlags(arguments)
        // Bad training flags are refused before any file is read.
        _ = try NetworkOptions.tracedTraining(from: arguments, command: command)
        self.arguments = arguments
        self.command = command
        marking = try MarkingOptions.rule(arguments, command: command)
        overriding = networkFlags + NetworkOptions.givenTrainingFlags(arguments)
            + MarkingOptions.given(arguments)
    }

    /// The step for `sheet`, read from `file` (as messages name it).
    ///
    /// - Throws: ``SheetHeaderError`` for a damaged header (unless `--network` replaces it),
    ///   ``NetworkInputError`` for a header network that does not make a network, and
    ///   `EngineError` for one whose numbers overflow.
    mutating func resolve(_ sheet: AnswerSheet, file: String) throws -> Resolved {
        var header: WorksheetHeader?
        switch sheet.header {
        case nil:
            break
        case let .failure(error):
            guard networkFlags.contains("--network") else { throw SheetHeaderError(file: file, error: error) }
            ignoredHeaders.append(file)
        case let .success(read):
            header = read
            if !overriding.isEmpty { overridden.append(file) }
        }
        let key = header?.fingerprint ?? ""
        let resolved = try resolveNetwork(header, key: key, file: file)
        // Finite-difference estimates the sheet names are computed for its parameters only.
        let estimated = resolved.checker.estimatedParameters(in: [sheet])
        guard !estimated.isEmpty else { return resolved }
        let trace = resolved.checker.trace
        let check = try GradientCheck(trace: trace, parameters: estimated)
        return Resolved(
            checker: Checker(trace: trace, marking: resolved.checker.marking, gradientCheck: check),
            origin: resolved.origin, options: resolved.options
        )
    }

    private mutating func resolveNetwork(_ header: WorksheetHeader?, key: String, file: String) throws -> Resolved {
        if let resolved = cache[key] { return resolved }
        var spec = NetworkSpec.reference
        var training = TrainingOptions()
        var rule = MarkingRule.standard
        if let header {
            spec = spec.overridden(by: try Self.network(header, file: file))
            training = header.training
            rule = header.marking
        }
        training = try NetworkOptions.tracedTraining(from: arguments, over: training, command: command)
        let setup: TrainingSetup
        do {
            setup = try spec.overridden(by: flags).setup()
        } catch {
            guard header != nil, error.source == .file(file) else { throw error }
            throw Self.shifted(error, header)
        }
        if let header, overriding.isEmpty { try Self.checkAffordable(header, setup: setup, file: file) }
        let trace: Trace
        do {
            trace = try Engine.run(setup, options: training)
        } catch {
            // Without training flags the header alone asked for this step: it is to blame.
            guard let header, overriding.isEmpty, Self.isContradiction(error) else { throw error }
            throw SheetHeaderSetupError(file: file, line: header.line ?? 1, problem: .contradiction(error))
        }
        let origin: CheckedSheet.Origin = header != nil
            ? .worksheet : networkFlags.isEmpty ? .reference : .options
        let resolved = Resolved(
            checker: Checker(trace: trace, marking: marking ?? rule), origin: origin,
            options: NetworkOptions.repeated(training, networkFile: nil)
        )
        cache[key] = resolved
        return resolved
    }

    /// The one-line notes to print once all sheets are checked: flags that overrode headers,
    /// damaged headers ignored.
    var notes: [String] {
        var notes: [String] = []
        if !overridden.isEmpty {
            notes.append(
                "\(Self.list(overriding)) override\(overriding.count == 1 ? "s" : "") the setup "
                    + "recorded in \(Self.files(overridden))"
            )
        }
        if !ignoredHeaders.isEmpty {
            let one = ignoredHeaders.count == 1
            notes.append(
                "the damaged worksheet header\(one ? "" : "s") of \(Self.list(ignoredHeaders, most: 3)) "
                    + "\(one ? "was" : "were") ignored: checked against --network"
            )
        }
        return notes
    }

    /// The most work a worksheet header may ask for: its traced step × (the network's weights
    /// and biases + 100, a step's own overhead) × the examples of a step. A student's file is
    /// input like any other, and a forged header asking for step 1,000,000,000 would stall a
    /// whole class's check; ten million is under a second (90,909 steps of the reference
    /// network), and far above any worksheet made to be done by hand.
    static let maximumHeaderWork = 10_000_000

    private static func checkAffordable(
        _ header: WorksheetHeader, setup: TrainingSetup, file: String
    ) throws(SheetHeaderSetupError) {
        let parameters = setup.network.weights.count + setup.network.biases.joined().count
        let examples = min(header.training.batchSize ?? setup.examples.count, setup.examples.count)
        let limit = max(maximumHeaderWork / ((parameters + 100) * max(examples, 1)), 1)
        guard header.training.tracedStep <= limit else {
            throw SheetHeaderSetupError(
                file: file, line: header.line ?? 1,
                problem: .tooMuchWork(step: header.training.tracedStep, limit: limit)
            )
        }
    }

    /// Whether the engine refused the combination of the header's own settings.
    private static func isContradiction(_ error: EngineError) -> Bool {
        switch error {
        case .adamRounded, .rmspropRounded, .updatedOrderingNeedsOneExample, .invalidStepCount,
             .tracedStepOutOfRange: true
        case .nonFiniteTerm, .nonFiniteAfterStep, .traceTooLarge: false
        }
    }

    /// The header's network, its errors pointing at the file's lines.
    private static func network(_ header: WorksheetHeader, file: String) throws(NetworkInputError) -> NetworkSpec {
        do {
            return try NetworkFile.decode(Array(header.network.utf8), path: file)
        } catch {
            throw shifted(error, header)
        }
    }

    /// An error about the header's network with its line counted in the file, where the
    /// network's first line is the header's third.
    private static func shifted(_ error: NetworkInputError, _ header: WorksheetHeader?) -> NetworkInputError {
        let offset = (header?.line ?? 1) + 1
        return NetworkInputError(
            error.source, field: error.field, error.problem,
            line: error.line.map { $0 + offset }, column: error.column
        )
    }

    /// `a, b and c`; with more than `most`, `a, b and 7 more`.
    private static func list(_ names: [String], most: Int = .max) -> String {
        if names.count > most {
            return names.prefix(most - 1).joined(separator: ", ") + " and \(names.count - most + 1) more"
        }
        return ProseList.joined(names)
    }

    private static func files(_ files: [String]) -> String {
        (files.count == 1 ? "the worksheet " : "the worksheets ") + list(files, most: 3)
    }
}

/// A worksheet header that was found damaged, in the file it is in.
struct SheetHeaderError: Error {
    let file: String
    let error: WorksheetHeaderError
}

/// A worksheet header that reads well but asks for a step that cannot or may not be run: one
/// sheet refused, the others of a class still marked.
struct SheetHeaderSetupError: Error {
    enum Problem {
        /// More steps than `SheetSetups.maximumHeaderWork` allows for its network.
        case tooMuchWork(step: Int, limit: Int)
        /// Settings that contradict each other (`round=2` with Adam, `hidden-uses=updated`
        /// with several examples).
        case contradiction(EngineError)
    }

    let file: String
    let line: Int
    let problem: Problem
}
