import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropReport

/// `backprop worksheet --expr` and `backprop check --expr`: a blank sheet of an expression's
/// values and gradients, and a filled-in one marked with error carried forward and its slips
/// named.
enum ExpressionPractice {
    static func worksheet(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        try Arguments.expectNoPositionals(arguments, command: WorksheetCommand.name)
        if arguments.value("--format") != nil || arguments.has("--formulas") {
            throw UsageError("an expression's worksheet is plain text with every formula given: --format and --formulas do not apply", command: WorksheetCommand.name)
        }
        let expression = try ExpressionOptions(arguments, environment: environment, command: WorksheetCommand.name)
        let trace = try expression.trace()
        let sheet = ExpressionWorksheet(trace: trace, source: String(decoding: expression.source, as: UTF8.self))
        try OutputWriter(arguments, environment: environment).write(sheet.render(checkCommand: checkCommand(arguments)))
        return ExitStatus.success
    }

    static func check(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        guard arguments.positionals.count == 1, let file = arguments.positionals.first else {
            throw UsageError("check --expr marks one answers file (print one with 'backprop worksheet --expr …')", command: CheckCommand.name)
        }
        if let format = arguments.value("--format"), format != "text" {
            throw UsageError("check --expr writes text only, not --format \(format)", command: CheckCommand.name)
        }
        let expression = try ExpressionOptions(arguments, environment: environment, command: CheckCommand.name)
        let trace = try expression.trace()
        let digits = NumberFormat(digits: try arguments.value("--digits").map {
            try ValueParsing.integer($0, option: "--digits", range: 0...17)
        } ?? 9)
        let text = String(decoding: try InputFile.read(file, environment: environment), as: UTF8.self)
        let sheet = ExpressionAnswerSheet(text, trace: trace)
        let marks = ExpressionChecker(trace: trace).mark(sheet)
        let report = ExpressionCheckText(trace: trace, numbers: digits)
            .render(file: InputFile.displayName(file), marks: marks, unreadable: sheet.unreadable)
        try OutputWriter(arguments, environment: environment).write(report)
        let allRight = marks.allSatisfy(\.isRight) && sheet.unreadable.isEmpty
        return allRight ? ExitStatus.success : ExitStatus.mistakesFound
    }

    /// The command that checks a sheet of this program, for the sheet's heading.
    private static func checkCommand(_ arguments: ParsedArguments) -> String {
        var words = ["backprop check"]
        if let program = arguments.value("--expr") {
            words.append("--expr '" + program.replacingOccurrences(of: "\n", with: "; ").replacingOccurrences(of: "'", with: "'\\''") + "'")
        }
        if let file = arguments.value("--expr-file") { words.append("--expr-file " + file) }
        for option in ["--at", "--of"] { if let value = arguments.value(option) { words.append(option + " " + value) } }
        return (words + ["FILE"]).joined(separator: " ")
    }
}
