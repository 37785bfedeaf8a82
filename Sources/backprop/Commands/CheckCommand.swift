import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropReport

/// `backprop check`: a hand calculation compared with the exact step, the way a marker would.
enum CheckCommand {
    static let name = "check"
    static let summary = "check your hand calculation against the exact values, step by step"
    static let usage = "backprop check ANSWERS... [network options] [training options] [marking options] [--format FORMAT] [--explain first|all] [-o FILE]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Network (instead of, or over, each worksheet's own)", NetworkOptions.network),
        OptionGroup("Training", NetworkOptions.firstStep + NetworkOptions.laterStep),
        OptionGroup("Marking", MarkingOptions.options),
        OptionGroup("Output", [
            OptionSpec(
                "--format", value: "text|json|csv|gradescope", kind: .choices(of: Format.self),
                "text: a line per answer, mistakes explained, a score (default); json: the verdicts; csv: a gradebook row per file; gradescope: Gradescope's results.json (one file)"
            ),
            OptionSpec(
                "--explain", value: "first|all", kind: .choices(of: Explanation.self),
                "explain every mistake (default for one file) or the first (default for several)"
            ),
            OptionSpec(
                "--same-slip", value: "each|once", kind: .choices(of: SameSlip.self),
                "how a slip repeated on several lines is counted: each line loses its mark (default), or the slip loses one"
            ),
            OptionSpec("--digits", value: "N", "decimals of the numbers in the explanations (default 9)"),
            OutputOptions.output,
            OutputOptions.force,
        ]),
        OptionGroup("Expression", ExpressionOptions.program),
    ]
    static let refusedOptions = [
        "--steps": "check marks the first step only, the one a worksheet asks for",
    ]
    static let discussion = """
        ANSWERS is a text file of 'name = value' lines in any order ('#' comments and blank \
        lines allowed), such as a filled-in 'backprop worksheet'; '-' reads it from standard \
        input. Names may be canonical \
        (out_h1, dE_total/dw5, delta_o1, w5+) or as people write them (∂E_total/∂w5, δ_o1, w5⁺, \
        w5*, new w5, Etotal), in any case.

        A worksheet records its network and options in its '#@' lines, so each file is checked \
        against its own network; options given here override the recorded ones (a note says \
        so). A file without them is checked against the options given, or the reference \
        network.

        Each value is judged at the precision you wrote it: 0.5933 is right if the exact value \
        rounds to it, and it needs at least 3 significant figures (--min-digits, --decimals) to \
        count as right; fewer is 'too imprecise to judge'. A wrong value that follows from your \
        own earlier values is marked as following from them, so one early slip counts once. \
        Mistakes are explained with a diagnosis when a known slip gives your number. A line \
        that is not an answer is marked unreadable, and the rest of the file is still marked.

        With several files, a table summarises each. Exit status: 0 nothing wrong, 1 a wrong, \
        too imprecise or unreadable value, unknown name or repeated answer, 65 a file that is \
        not text or a worksheet whose #@ lines were changed, 66 a missing one. docs/check.md \
        describes the format, the marks, the slips and the outputs.

        --expr 'PROGRAM' (or --expr-file, with --at and --of) marks one sheet of an \
        expression's values and gradients ('name = value', 'dg/dname = value' or \
        'name.grad = value' lines) with error carried forward, naming the slips of the \
        backward pass (docs/expressions.md).
        """

    enum Format: String, CaseIterable { case text, json, csv, gradescope }

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        positionals: [.inputFile], refusedOptions: refusedOptions, discussion: discussion, run: run
    )

    /// How the report names options: the tool's flags.
    static let optionNames = OptionNames(
        option: NetworkOptions.flag, networkValues: NetworkOptions.valueFlags
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        if ExpressionOptions.isAsked(arguments) { return try ExpressionPractice.check(arguments, environment: environment) }
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
        if format == .gradescope, files.count > 1 {
            throw UsageError("--format gradescope marks one answers file, not \(files.count)", command: name)
        }
        let explainGiven = try arguments.value("--explain").map {
            try ValueParsing.choice($0, option: "--explain", as: Explanation.self)
        }
        let explain = explainGiven ?? (files.count == 1 ? .all : .first)
        let sameSlip = try arguments.value("--same-slip").map {
            try ValueParsing.choice($0, option: "--same-slip", as: SameSlip.self)
        } ?? .each
        let digits = NumberFormat(digits: try arguments.value("--digits").map {
            try ValueParsing.integer($0, option: "--digits", range: 0...17)
        } ?? 9)
        var setups = try SheetSetups(arguments, environment: environment, command: name)
        let output = OutputWriter(arguments, environment: environment)
        let style = TextStyle(enabled: environment.allowsColour && output.destination.isStandardOutput)

        var outcomes: [CheckOutcome] = []
        var failures: [Error] = []
        for file in files {
            let shown = InputFile.displayName(file)
            do {
                let sheet = try AnswerSheet(
                    bytes: try InputFile.read(file, environment: environment), source: shown,
                    decimalComma: MarkingOptions.decimalComma(arguments)
                )
                let resolved = try setups.resolve(sheet, file: shown)
                outcomes.append(.checked(CheckedSheet(
                    report: resolved.checker.check(sheet, explain: explain, sameSlip: sameSlip),
                    trace: resolved.checker.trace, origin: resolved.origin, options: resolved.options
                )))
            } catch {
                failures.append(error)
                outcomes.append(.unreadable(source: shown, message: Failure(error).message))
            }
        }
        let text = render(
            outcomes, format: format, explainEach: explainGiven == .all, digits: digits, style: style
        )
        if let text { try output.write(text) }
        setups.notes.forEach(writeNote)
        if !failures.isEmpty { throw failures.count == 1 ? failures[0] : SeveralFailures(errors: failures) }
        let needsAttention = outcomes.contains {
            if case let .checked(sheet) = $0 { return sheet.report.needsAttention }
            return false
        }
        return needsAttention ? ExitStatus.mistakesFound : ExitStatus.success
    }

    /// The output for `outcomes`; nil when there is none to write (one file, in text or JSON,
    /// that could not be read: its error says it all).
    private static func render(
        _ outcomes: [CheckOutcome], format: Format, explainEach: Bool, digits: NumberFormat,
        style: TextStyle
    ) -> String? {
        let text = CheckTextRenderer(format: digits, style: style, options: optionNames)
        switch (format, outcomes.count == 1 ? outcomes.first : nil) {
        case let (.text, .checked(sheet)?):
            return text.render(sheet)
        case let (.json, .checked(sheet)?):
            return CheckJSONRenderer(options: optionNames).render(sheet)
        case (.text, .unreadable?), (.json, .unreadable?):
            return nil
        case let (.gradescope, outcome?):
            let renderer = GradescopeRenderer(format: digits, options: optionNames)
            switch outcome {
            case let .checked(sheet): return renderer.render(sheet)
            case let .unreadable(source, message): return renderer.render(source: source, error: message)
            }
        case (.csv, _):
            return CheckCSVRenderer().render(outcomes)
        case (.json, _):
            return CheckJSONRenderer(options: optionNames).render(outcomes)
        case (.text, _), (.gradescope, _):
            var reports = ""
            if explainEach {
                for case let .checked(sheet) in outcomes { reports += text.render(sheet) + "\n" }
            }
            return reports + CheckSummaryRenderer(style: style, options: optionNames).render(outcomes)
        }
    }
}
