import BackpropCore
import BackpropInput
import BackpropRender
import BackpropSupport

/// The flags of `explain --expr`: the program, the values it starts from, its output, and an
/// optional gradient step.
struct ExpressionOptions {
    /// The program, its values and its output: explain, worksheet and check.
    static let program: [OptionSpec] = [
        OptionSpec("--expr", value: "PROGRAM", "a scalar expression in micrograd's syntax instead of a network (see docs/expressions.md)"),
        OptionSpec("--expr-file", value: "FILE", kind: .inputFile, "read the expression program from FILE; '-' reads standard input"),
        OptionSpec("--at", value: "NAME=X,…", "values of names the program reads before assigning them: a=-4,b=2"),
        OptionSpec("--of", value: "NAME", "the output whose gradients are taken (default: the last name assigned)"),
    ]

    /// explain's: the program, and a gradient step.
    static let options: [OptionSpec] = program + [
        OptionSpec("--params", value: "NAME,…", "inputs to take one gradient step on, with --learning-rate (default 0.01)"),
    ]

    /// The learning rate of `--params` when `--learning-rate` is not given: micrograd's.
    static let defaultLearningRate = 0.01

    /// Whether `arguments` ask for an expression rather than a network.
    static func isAsked(_ arguments: ParsedArguments) -> Bool {
        arguments.value("--expr") != nil || arguments.value("--expr-file") != nil
    }

    /// The options of explain that describe a network, a step or a view: none applies to an
    /// expression.
    static var networkOnly: [String] {
        (NetworkOptions.network + NetworkOptions.training + NetworkOptions.laterStep + ViewOptions.options).map(\.name)
            .filter { $0 != "--learning-rate" } + ["--detail"]
    }

    /// The program's text and what the messages call it (`--expr`, or the file's name).
    let source: [UInt8]
    let origin: String
    let given: [(name: String, value: Double)]
    let output: String?
    let parameters: [String]
    let learningRate: Double?

    init(_ arguments: ParsedArguments, environment: Environment, command: String = "explain") throws {
        let refusedHere = command == "explain" ? Self.networkOnly : Self.networkOnly + ["--learning-rate"] + MarkingOptions.options.map(\.name)
        if let refused = refusedHere.first(where: { arguments.value($0) != nil || arguments.has($0) }) {
            throw UsageError("\(refused) does not apply to --expr: an expression's values come from the program and --at", command: command)
        }
        if arguments.value("--expr") != nil, arguments.value("--expr-file") != nil {
            throw UsageError("--expr and --expr-file both give a program: give one", command: "explain")
        }
        if let program = arguments.value("--expr") {
            source = Array(program.utf8)
            origin = "--expr"
        } else {
            let path = arguments.value("--expr-file") ?? "-"
            source = try InputFile.read(path, environment: environment)
            origin = InputFile.displayName(path)
        }
        given = try arguments.value("--at").map(Self.given) ?? []
        output = arguments.value("--of")
        parameters = arguments.value("--params").map {
            $0.split(separator: ",").map { String($0).trimmingSpaces }
        } ?? []
        learningRate = try arguments.value("--learning-rate").map { text throws(UsageError) in
            try ValueParsing.number(text, option: "--learning-rate")
        }
        if learningRate != nil, parameters.isEmpty {
            throw UsageError("--learning-rate with --expr needs --params: the inputs the step moves", command: "explain")
        }
    }

    /// `a=-4,b=2` as names and values.
    private static func given(_ text: String) throws(UsageError) -> [(name: String, value: Double)] {
        var values: [(name: String, value: Double)] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let parts = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2, let first = parts[0].first, first.isLetter || first == "_",
                  parts[0].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }) else {
                throw UsageError("--at: '\(item)' is not NAME=NUMBER", command: "explain")
            }
            guard let value = Double(parts[1]), value.isFinite else {
                throw UsageError("--at: \(parts[0]): '\(parts[1])' is not a number", command: "explain")
            }
            if values.contains(where: { $0.name == parts[0] }) {
                throw UsageError("--at: \(parts[0]) is given twice", command: "explain")
            }
            values.append((parts[0], value))
        }
        return values
    }

    /// The program's trace.
    func trace() throws(ExpressionProgramError) -> ExpressionTrace {
        do {
            return try ExpressionParser.trace(source, given: given, output: output)
        } catch {
            throw ExpressionProgramError(error: error, source: source, origin: origin)
        }
    }

    /// The gradient step `--params` asks for, if any.
    func step(_ trace: ExpressionTrace) throws(UsageError) -> ExpressionStep? {
        guard !parameters.isEmpty else { return nil }
        let inputNames = trace.nodes.indices.compactMap { index -> String? in
            if case .input = trace.nodes[index].kind { return trace.names[index] }
            return nil
        }
        var nodes: [Int] = []
        for name in parameters {
            guard let node = trace.node(named: name), case .input = trace.nodes[node].kind else {
                let suggestion = Suggestion.closest(to: name, among: inputNames).map { " (did you mean \($0)?)" } ?? ""
                throw UsageError("--params: \(name) is not an input of the program\(suggestion)", command: "explain")
            }
            nodes.append(node)
        }
        let rate = learningRate ?? Self.defaultLearningRate
        return ExpressionStep(learningRate: rate, updates: trace.step(nodes, learningRate: rate))
    }
}

/// An expression program refused, with its text so that the message can quote the line.
struct ExpressionProgramError: Error {
    let error: ExpressionInputError
    let source: [UInt8]
    let origin: String
}
