import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropReport

/// `backprop check`: a hand calculation compared with the exact step, the way a marker would.
enum CheckCommand {
    static let name = "check"
    static let summary = "check your hand calculation against the exact values, step by step"
    static let usage = "backprop check ANSWERS... [network options] [training options] [--format FORMAT] [--digits N]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Network", NetworkOptions.network),
        OptionGroup("Training", NetworkOptions.firstStep),
        OptionGroup("Output", [
            OptionSpec(
                "--format", value: "text|json", kind: .choices(of: Format.self),
                "text: a line per answer, the first mistake explained, a score (default); json: the verdicts for autograders"
            ),
            OptionSpec("--digits", value: "N", "decimals of the numbers in the explanation (default 9)"),
        ]),
    ]
    static let refusedOptions = [
        "--steps": "check marks the first step only, the one a worksheet asks for",
    ]
    static let discussion = """
        ANSWERS is a text file of 'name = value' lines in any order ('#' comments and blank \
        lines allowed), such as a filled-in 'backprop worksheet'; '-' reads it from standard \
        input. Names may be canonical \
        (out_h1, dE_total/dw5, delta_o1, w5+) or as people write them (∂E_total/∂w5, δ_o1, w5⁺, \
        Etotal), in any case.

        Each value is judged at the precision you wrote it: 0.5933 is right if the exact value \
        rounds to it. A wrong value that follows from your own earlier values is marked as \
        following from them, so one early slip counts once. The first mistake is explained, \
        with a diagnosis when a known slip gives your number.

        With several files, a table summarises each. Exit status: 0 nothing wrong, 1 a wrong \
        value, unknown name or repeated answer, 65 an unreadable answers file, 66 a missing one. \
        docs/check.md describes the format, the marks, the slips and the JSON.
        """

    enum Format: String, CaseIterable { case text, json }

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        positionals: [.inputFile], refusedOptions: refusedOptions, discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        let files = arguments.positionals
        guard !files.isEmpty else {
            throw UsageError(
                "check needs an answers file (print one to fill in with 'backprop worksheet')",
                command: name
            )
        }
        let format = try arguments.value("--format").map {
            try ValueParsing.choice($0, option: "--format", as: Format.self)
        } ?? .text
        let digits = try arguments.value("--digits").map {
            try ValueParsing.integer($0, option: "--digits", range: 0...17)
        } ?? 9
        let setup = try NetworkOptions.setup(from: arguments, environment: environment)
        let training = try NetworkOptions.training(from: arguments)
        let trace = try Engine.run(setup, options: training)
        let checker = Checker(trace: trace)
        let names = OptionNames(
            given: NetworkOptions.repeated(training, networkFile: nil),
            option: NetworkOptions.flag, networkValues: NetworkOptions.valueFlags
        )
        let style = TextStyle(enabled: environment.allowsColour)

        func report(_ file: String) throws -> CheckReport {
            let bytes = try InputFile.read(file, environment: environment)
            return try checker.check(AnswerSheet(bytes: bytes, source: InputFile.displayName(file)))
        }

        if files.count == 1 {
            let report = try report(files[0])
            let text = CheckTextRenderer(
                trace: trace, format: NumberFormat(digits: digits), style: style, options: names
            )
            try writeOutput(format == .json
                ? CheckJSONRenderer(trace: trace, options: names).render(report)
                : text.render(report))
            return report.needsAttention ? ExitStatus.mistakesFound : ExitStatus.success
        }
        var outcomes: [CheckOutcome] = []
        var failures: [Error] = []
        for file in files {
            do {
                outcomes.append(.checked(try report(file)))
            } catch {
                failures.append(error)
                outcomes.append(.unreadable(source: InputFile.displayName(file), message: Failure(error).message))
            }
        }
        try writeOutput(format == .json
            ? CheckJSONRenderer(trace: trace, options: names).render(outcomes)
            : CheckSummaryRenderer(style: style).render(outcomes))
        if !failures.isEmpty { throw SeveralFailures(errors: failures) }
        let needsAttention = outcomes.contains {
            if case let .checked(report) = $0 { return report.needsAttention }
            return false
        }
        return needsAttention ? ExitStatus.mistakesFound : ExitStatus.success
    }
}
