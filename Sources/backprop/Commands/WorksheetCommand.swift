import BackpropCheck
import BackpropCore
import BackpropInput
import BackpropRender
import BackpropReport

/// `backprop worksheet`: every term of a step with an empty value, to fill in and check.
enum WorksheetCommand {
    static let name = "worksheet"
    static let summary = "print a worksheet of every term to compute by hand, for 'backprop check'"
    static let usage = "backprop worksheet [network options] [training options] [--format FORMAT] [--formulas] [-o FILE]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Network", NetworkOptions.network),
        OptionGroup("Training", NetworkOptions.firstStep + NetworkOptions.laterStep),
        OptionGroup("Marking", MarkingOptions.options),
        OptionGroup("Output", [
            OptionSpec(
                "--format", value: "text|markdown", kind: .choices(of: WorksheetRenderer.Format.self),
                "text: 'name =' lines under '#' headings (default); markdown: a table per section"
            ),
            OptionSpec("--formulas", "write each term's formula beside it as a hint"),
            OutputOptions.output,
            OutputOptions.force,
        ]),
        OptionGroup("Expression", ExpressionOptions.program),
    ]
    static let refusedOptions = [
        "--steps": "a worksheet asks for the first step only (explain --steps shows the error after more)",
    ]
    static let discussion = """
        The terms come in derivation order, grouped by section like the walkthrough, with the \
        givens filled in as comments. The sheet records its network, training options and \
        marking rule in '#@' comment lines, so 'backprop check FILE' needs no options; empty \
        values are not judged.

        --expr 'PROGRAM' (or --expr-file, with --at and --of) writes a sheet of an expression's \
        values and gradients instead, for 'backprop check --expr' (docs/expressions.md).
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        refusedOptions: refusedOptions, discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        if ExpressionOptions.isAsked(arguments) { return try ExpressionPractice.worksheet(arguments, environment: environment) }
        try Arguments.expectNoPositionals(arguments, command: name)
        let format = try arguments.value("--format").map {
            try ValueParsing.choice($0, option: "--format", as: WorksheetRenderer.Format.self)
        } ?? .text
        let (setup, training) = try NetworkOptions.tracedRun(from: arguments, environment: environment, command: name)
        let marking = try MarkingOptions.rule(arguments, command: name) ?? .standard
        let trace = try Engine.run(setup, options: training)
        let header = WorksheetHeader(
            network: NetworkFile.encode(setup), training: training, marking: marking,
            decimalComma: MarkingOptions.decimalComma(arguments)
        )
        let text = WorksheetRenderer(
            format: format, formulas: arguments.has("--formulas"),
            rule: MarkingRuleText.instruction(marking), header: header.lines
        ).render(trace)
        try OutputWriter(arguments, environment: environment).write(text)
        return ExitStatus.success
    }
}
