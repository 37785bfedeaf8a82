import BackpropCore
import BackpropExercises
import BackpropRender

/// `backprop exercise --expr-size N`: a seeded set of expression exercises, each a program to
/// work through by hand, its worksheet for `check --expr`, and its full walkthrough.
enum ExpressionExercises {
    static let option = OptionSpec(
        "--expr-size", value: "N",
        "expressions instead of networks: programs of N operations (1…\(ExpressionExerciseGenerator.maximumSize)) in micrograd's syntax"
    )

    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        let name = ExerciseCommand.name
        try Arguments.expectNoPositionals(arguments, command: name)
        guard let seedText = arguments.value("--seed"), let seed = UInt64(seedText.trimmingSpaces) else {
            throw UsageError("--seed is required, a whole number from 0 to 18446744073709551615: the same seed gives the same exercises", command: name)
        }
        let size = try ValueParsing.integer(
            arguments.value("--expr-size") ?? "", option: "--expr-size", range: 1...ExpressionExerciseGenerator.maximumSize
        )
        let count = try arguments.value("--count").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--count", range: 1...ExerciseCommand.maximumCount)
        } ?? 1
        let networkOnly = [
            "--layers", "--activation", "--loss", "--learning-rate", "--update-biases", "--biases", "--examples",
            "--pdf", "--keys-pdf", "--export", "--moodle-style",
        ]
            + MarkingOptions.options.map(\.name)
        if let refused = networkOnly.first(where: { arguments.value($0) != nil || arguments.has($0) }) {
            throw UsageError("\(refused) does not apply to --expr-size: it describes a network exercise", command: name)
        }
        let document = try DocumentOptions(arguments, environment: environment, command: name)
        guard let format = format(document), let fileExtension = ExerciseCommand.extensionByFormat[document.format] else {
            throw UsageError("--format: '\(document.format.rawValue)' is not one of markdown, latex, html, text", command: name)
        }
        let folder = OutputFolder(path: arguments.value("--out-dir") ?? "exercises", settings: environment.output)
        try folder.requireEmpty(unlessForced: arguments.has("--force"))
        let generator = ExpressionExerciseGenerator(seed: seed, size: size)
        var renderer = ExpressionRenderer(
            format: format, numbers: document.walkthrough.numbers,
            templates: try WalkthroughRenderer.templates(overriding: document.templateDirectory)
        )
        var files: [OutputFolder.File] = []
        var index = ["Expression exercises, seed \(seed), \(size) operation\(size == 1 ? "" : "s") each (backprop exercise --expr-size \(size)).", ""]
        let digits = String(count).count
        for number in 1...count {
            let exercise = try generator.exercise(number)
            let stem = "exercise-" + String(repeating: "0", count: max(0, max(2, digits) - String(number).count)) + String(number)
            let program = stem + ".expr", worksheet = stem + "-worksheet.txt", answers = stem + "-answers." + fileExtension
            files.append(.init(name: program, contents: exercise.program))
            files.append(.init(
                name: worksheet,
                contents: ExpressionWorksheet(trace: exercise.trace, source: exercise.program)
                    .render(checkCommand: "backprop check --expr-file \(program) FILE")
            ))
            files.append(.init(name: answers, contents: try renderer.render(exercise.trace, source: exercise.program, step: nil)))
            index.append("\(program): the program; \(worksheet): fill it in, then 'backprop check --expr-file \(program) \(worksheet)'; \(answers): the walkthrough")
        }
        files.append(.init(name: "index.txt", contents: index.joined(separator: "\n") + "\n"))
        try folder.write(files) { () throws(OutputError) in
            try writeOutput("wrote \(count) expression exercise\(count == 1 ? "" : "s") (\(files.count) files) to \(folder.path); start with \(folder.path)/index.txt\n")
        }
        document.notes.forEach(writeNote)
        return ExitStatus.success
    }

    private static func format(_ document: DocumentOptions) -> ExpressionRenderer.Format? {
        switch document.format {
        case .markdown: return .markdown
        case .text: return .text(ascii: document.ascii, width: document.width, emphasis: false)
        case .latex: return .latex(bodyOnly: false)
        case .html: return .html(bodyOnly: false)
        default: return nil
        }
    }
}
