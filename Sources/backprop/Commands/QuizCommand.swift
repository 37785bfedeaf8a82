import BackpropCheck
import BackpropCore
import BackpropExercises
import BackpropInput
import BackpropRender
import BackpropReport

/// `backprop quiz`: a drill in the terminal, one term at a time, each answer judged at once.
enum QuizCommand {
    static let name = "quiz"
    static let summary = "practise term by term: each value asked in turn and judged at once, with hints"
    static let usage = "backprop quiz [network options | --seed S [--layers N,N,…]] [training options] [marking options] [--save FILE | --resume FILE]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Network", NetworkOptions.network),
        OptionGroup("Exercise", [
            OptionSpec("--seed", value: "S", "practise on exercise 1 of 'backprop exercise --seed S' (with its --layers) instead"),
        ]),
        OptionGroup("Training", NetworkOptions.firstStep + NetworkOptions.laterStep),
        OptionGroup("Marking", MarkingOptions.options),
        OptionGroup("Session", [
            OptionSpec("--save", value: "FILE", kind: .outputFile, "keep the answers in FILE, a filled-in worksheet, rewritten after each answer"),
            OptionSpec("--resume", value: "FILE", kind: .inputFile, "carry on from FILE (saved by --save, or any worksheet), saving to it unless --save says otherwise"),
            OutputOptions.force,
        ]),
        OptionGroup("Expression", ExpressionOptions.program),
    ]
    static let refusedOptions = [
        "--steps": "the quiz asks for the first step, the one a worksheet asks for",
    ]
    static let discussion = """
        Each term of the step is asked in turn, in the walkthrough's order, with its formula's \
        shape ('net_o1 = w*out + w*out + b*1'). An answer is judged as 'backprop check' judges \
        it: at the precision written, at least 3 significant figures (--min-digits, \
        --decimals), a value following from your own earlier mistakes counted as following. \
        A right answer moves on; after a wrong one, answer again, or type '?' for a hint (the \
        formula, then the formula with your numbers), 'reveal', 'skip' or 'back'; 'q' or \
        Ctrl-D stops with a summary. Ctrl-C stops too (exit status 130).

        On a terminal the quiz is interactive; otherwise it reads one answer per line from \
        standard input, so it can be scripted. With --save FILE the session is written as a \
        filled-in worksheet after every answer (atomically), so 'backprop check FILE' marks \
        it and 'backprop quiz --resume FILE' carries on from the first term not yet right. \
        Answers are read up to 1000 characters a line. See docs/quiz.md.

        --expr 'PROGRAM' (or --expr-file, with --at and --of) asks an expression's values, then \
        its gradients, judged as 'backprop check --expr' judges them (docs/expressions.md).
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        refusedOptions: refusedOptions, discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        if ExpressionOptions.isAsked(arguments) { return try ExpressionQuiz.run(arguments, environment: environment) }
        try Arguments.expectNoPositionals(arguments, command: name)
        try refuseStandardInput(arguments)
        let resumed = arguments.value("--resume")
        let savePath = arguments.value("--save") ?? resumed
        if let savePath, OutputDestination(savePath).isStandardOutput {
            throw UsageError("--save needs a file: standard output shows the quiz", command: name)
        }
        let seed = try arguments.value("--seed").map { text throws(UsageError) in
            guard let seed = UInt64(text.trimmingSpaces) else {
                throw UsageError("--seed: '\(text)' is not a whole number from 0 to 18446744073709551615", command: name)
            }
            return seed
        }
        if seed != nil, let flag = NetworkOptions.givenNetworkFlags(arguments).first(where: { $0 != "--layers" }) {
            throw UsageError("--seed draws the network: it cannot be used with \(flag)", command: name)
        }
        if seed != nil, resumed != nil {
            throw UsageError("--resume carries on with the file's own network: it cannot be used with --seed", command: name)
        }

        var entries: [Int: QuizSession.Entry] = [:]
        var decimalComma = MarkingOptions.decimalComma(arguments)
        let checker: Checker
        var described: [String]
        if let seed {
            let layers = try arguments.list("--layers", environment: environment).map(ValueParsing.integers) ?? [2, 2, 2]
            let exercise = try ExerciseGenerator(seed: seed, layerSizes: layers).exercises(count: 1)[0]
            let training = try NetworkOptions.tracedTraining(from: arguments, command: name)
            checker = Checker(
                trace: try Engine.run(exercise.setup, options: training),
                marking: try MarkingOptions.rule(arguments, command: name) ?? .standard
            )
            described = NetworkOptions.repeated(training, networkFile: nil)
        } else {
            var setups = try SheetSetups(arguments, environment: environment, command: name)
            var sheet = AnswerSheet(source: "", answers: [])
            var shown = ""
            if let resumed {
                shown = InputFile.displayName(resumed)
                sheet = try AnswerSheet(
                    bytes: try InputFile.read(resumed, environment: environment), source: shown,
                    decimalComma: decimalComma
                )
                decimalComma = decimalComma || ((try? sheet.header?.get())?.decimalComma ?? false)
            }
            let resolved = try setups.resolve(sheet, file: shown)
            checker = resolved.checker
            described = resolved.options
            if resumed != nil {
                let resume = QuizResume(sheet, checker: checker)
                if let lost = resume.lost, savePath == resumed {
                    throw QuizResumeError(file: shown, line: lost.line)
                }
                entries = resume.entries
            }
            setups.notes.forEach(writeNote)
        }

        let trace = checker.trace
        let header = WorksheetHeader(
            network: NetworkFile.encode(trace.setup), training: trace.options, marking: checker.marking,
            decimalComma: decimalComma
        )
        let saver = savePath.map {
            QuizSaver(
                path: $0, settings: environment.output, force: arguments.has("--force"),
                worksheet: WorksheetRenderer(
                    format: .text, formulas: false,
                    rule: MarkingRuleText.instruction(checker.marking), header: header.lines
                )
            )
        }
        let text = QuizText(
            trace: trace, marking: checker.marking, style: TextStyle(enabled: environment.allowsColour),
            options: CheckCommand.optionNames
        )
        var session = QuizSession(checker: checker, entries: entries)
        try run(
            &session, text: text, saver: saver, described: described, decimalComma: decimalComma,
            environment: environment
        )
        return ExitStatus.success
    }

    /// Asks, reads and judges until the last term, `q` or the end of input.
    private static func run(
        _ session: inout QuizSession, text: QuizText, saver: QuizSaver?, described: [String],
        decimalComma: Bool, environment: Environment
    ) throws {
        let interactive = environment.standardInputIsTerminal
        let stopped = { (saved: String?) -> String in
            (interactive ? "\n" : "") + "backprop: quiz stopped; "
                + (saved.map { "your answers are saved in \($0) ('backprop quiz --resume \($0)' carries on)" }
                    ?? "nothing was saved (--save FILE keeps the answers)") + "\n"
        }
        func save() throws {
            try saver?.save(session)
            environment.output.temporaryItems.setFarewell(stopped(saver?.path))
        }
        try writeOutput(text.introduction(asked: session.asked.count, described: described))
        try save()
        let reader: any LineSource = LineEditor.applies(environment)
            ? LineEditor(limit: QuizInput.maximumLength, items: environment.output.temporaryItems)
            : LineReader(limit: QuizInput.maximumLength)
        var shown: Int?
        var quit = false
        while !quit, let term = session.current {
            if term != shown {
                if let heading = text.section(of: term, after: shown) { try writeOutput(heading + "\n") }
                try writeOutput(text.progress(term, position: session.position, of: session.asked.count) + "\n")
                shown = term
            }
            try writeOutput(text.prompt(term))
            guard let line = try reader.next() else {
                try writeOutput("\n")
                break
            }
            if !interactive { try writeOutput(line + "\n") }
            let response = session.respond(QuizInput(line, decimalComma: decimalComma))
            if let words = text.response(response, term: term, ownValues: session.ownValues) {
                try writeOutput(words + "\n")
            }
            switch response {
            case .judged, .revealed: try save()
            case .quit: quit = true
            default: break
            }
        }
        var summary = "\n" + text.summary(session.tally, finished: session.current == nil)
        if let path = saver?.path {
            summary += "Saved in \(path): 'backprop check \(path)' marks it, "
                + "'backprop quiz --resume \(path)' carries on.\n"
        }
        try writeOutput(summary)
        environment.output.temporaryItems.setFarewell(nil)
    }

    /// The quiz reads its answers from standard input: no other input may.
    private static func refuseStandardInput(_ arguments: ParsedArguments) throws(UsageError) {
        for option in command.options {
            guard let value = arguments.value(option.name) else { continue }
            let path = option.kind == .list && value.hasPrefix("@") ? String(value.dropFirst()) : value
            guard option.kind == .inputFile || option.kind == .list, InputFile.isStandardInput(path) else {
                continue
            }
            throw UsageError(
                "the quiz reads your answers from standard input, so \(option.name) cannot read it too",
                command: name
            )
        }
    }
}
