import BackpropCheck
import BackpropCore
import BackpropExercises
import BackpropInput
import BackpropSupport
import BackpropRender
import BackpropReport
import Foundation

/// `backprop exercise`: a seeded set of exercises, each with its network file, problem sheet,
/// worksheet and answer key, and one index.
enum ExerciseCommand {
    static let name = "exercise"
    static let summary = "generate a set of seeded exercises with problem sheets and answer keys"
    static let usage = "backprop exercise --seed S [--layers N,N,…] [--count K] [--out-dir DIR] [settings] [output options]"
    static let formats: [DocumentOptions.Format] = [.markdown, .latex, .html, .text]
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Exercises", [
            OptionSpec("--seed", value: "S", "the set's seed, a whole number 0…2^64−1 (required): the same seed gives the same set"),
            ExpressionExercises.option,
            OptionSpec("--layers", value: "N,N,…", kind: .list, "neurons per layer, inputs first (default 2,2,2; at most 6 layers of 8)"),
            OptionSpec("--count", value: "K", "how many exercises (default 1, at most \(maximumCount))"),
            OptionSpec("--out-dir", value: "DIR", kind: .directory, "the folder to write (default 'exercises'); created if missing"),
            OptionSpec("--force", "write into DIR even if it is not empty (files of the same name are replaced)"),
            OptionSpec("--pdf", value: "FILE", kind: .outputFile, "also write the students' packet, each problem sheet with its worksheet, and the keys' packet beside it, FILE-keys.pdf (runs pdflatex)"),
            OptionSpec("--keys-pdf", value: "FILE", kind: .outputFile, "write the keys' packet, every compact answer key, to FILE instead"),
        ]),
        OptionGroup("Settings", NetworkOptions.specs(["--activation", "--loss", "--learning-rate", "--update-biases"]) + [
            OptionSpec("--biases", value: "none", "a network without biases (by default each layer has one shared bias, drawn)"),
            OptionSpec("--examples", value: "N", "examples per exercise, learnt from in one batch (default 1, at most \(ExerciseSettings.maximumExampleCount))"),
        ]),
        OptionGroup("Marking (stated on the worksheets, recorded for check)", MarkingOptions.options),
        OptionGroup("Output", DocumentOptions.options(for: formats)),
        OptionGroup("Course platforms", ExerciseExport.options),
    ]
    static let discussion = """
        For each exercise the folder gets exercise-NN.json (the network, for --network), \
        exercise-NN-problem.EXT (the values and what to compute, no answers), \
        exercise-NN-worksheet.txt ('name =' lines to fill in, recording the exercise for \
        'backprop check', so 'backprop check class/*.txt' marks each against its own), \
        exercise-NN-worksheet.EXT (the same terms to print and fill in by hand; not for text), \
        exercise-NN-key.EXT (the compact answer key: every asked value in one table) and \
        exercise-NN-answers.EXT (the full walkthrough: what 'backprop explain --network \
        exercise-NN.json' prints in the same format), plus index.EXT listing them all.

        --pdf FILE also compiles two packets to print: FILE for the students, each problem sheet \
        followed by its worksheet, each on a new page and without file names; and FILE-keys.pdf \
        (or --keys-pdf FILE) for the teacher, the compact answer keys one after another, several \
        to a page. The set and the packets are written together: a failure writes none of them.

        Values have two decimals: inputs in (0, 1), targets in (0, 1) (one class per example, \
        given as 1 and 0s, for a softmax output; labels 0 or 1 for binary-cross-entropy), \
        weights and biases moderate. The settings default to the reference's: logistic \
        activation, half-squared loss, η = 0.5, one shared bias per layer, not updated, one \
        example; with the defaults a seed gives the same set as before the settings existed. \
        Networks with saturated or dead neurons, outputs already at their targets, vanishing \
        gradients, values that round to zero at 4 decimals or a step that does not lower the \
        error are drawn again. Exercise k of a seed and settings is the same whatever the count. \
        The set is written into a temporary folder and moved into place only when complete, so \
        it appears whole or not at all. See docs/handouts.md.

        --expr-size N writes expression exercises instead: for each, exercise-NN.expr (a \
        program of N operations in micrograd's syntax), exercise-NN-worksheet.txt (for \
        'backprop check --expr-file exercise-NN.expr') and exercise-NN-answers.EXT (the \
        walkthrough), plus index.txt. Programs with a division or a log near 0, an exp of more \
        than 5, a ReLU at its kink or every ReLU flat, or an input without gradient are drawn \
        again (docs/expressions.md).
        """

    static let maximumCount = 1000

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        if arguments.value("--expr-size") != nil { return try ExpressionExercises.run(arguments, environment: environment) }
        try Arguments.expectNoPositionals(arguments, command: name)
        guard let seedText = arguments.value("--seed") else {
            throw UsageError("--seed is required: the same seed gives the same exercises", command: name)
        }
        guard let seed = UInt64(seedText.trimmingSpaces) else {
            throw UsageError("--seed: '\(seedText)' is not a whole number from 0 to 18446744073709551615", command: name)
        }
        let layers = try arguments.list("--layers", environment: environment)
            .map(ValueParsing.integers) ?? [2, 2, 2]
        let count = try arguments.value("--count").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--count", range: 1...maximumCount)
        } ?? 1
        let marking = try MarkingOptions.rule(arguments, command: name) ?? .standard
        if let exporter = try ExerciseExport.exporter(arguments, seed: seed, command: name) {
            let exercises = try ExerciseGenerator(seed: seed, layerSizes: layers, settings: try settings(arguments))
                .exercises(count: count)
            return try ExerciseExport.write(
                exercises, exporter: exporter, marking: marking, arguments: arguments, environment: environment
            )
        }
        let document = try DocumentOptions(arguments, environment: environment, command: name)
        guard formats.contains(document.format), let style = document.style else {
            throw UsageError(
                "--format: '\(document.format.rawValue)' is not one of \(formats.map(\.rawValue).joined(separator: ", "))",
                command: name
            )
        }
        let folder = OutputFolder(path: arguments.value("--out-dir") ?? "exercises", settings: environment.output)
        try folder.requireEmpty(unlessForced: arguments.has("--force"))

        let pdfPath = arguments.value("--pdf")
        let keysPath = arguments.value("--keys-pdf") ?? pdfPath.flatMap(Self.keysPath(beside:))
        let packetToStandardOutput = [pdfPath, keysPath].contains { $0.map { OutputDestination($0).isStandardOutput } ?? false }
        if arguments.value("--keys-pdf") != nil, pdfPath == nil {
            throw UsageError("--keys-pdf names the keys' packet of --pdf: give --pdf FILE too", command: name)
        }
        if let pdfPath, let keysPath, OutputDestination(pdfPath) == OutputDestination(keysPath) {
            throw UsageError("--pdf and --keys-pdf name the same file, \(pdfPath)", command: name)
        }
        let pdf = try pdfPath.map { path throws(OutputError) in
            try OutputDestination(path).open(environment.output, force: arguments.has("--force"))
        }
        let keysPDF = try keysPath.map { path throws(OutputError) in
            try OutputDestination(path).open(environment.output, force: arguments.has("--force"))
        }

        let exercises = try ExerciseGenerator(
            seed: seed, layerSizes: layers, settings: try settings(arguments)
        ).exercises(count: count)
        let options = WalkthroughOptions(
            detail: document.walkthrough.detail, numbers: document.walkthrough.numbers
        )
        let templates = try WalkthroughRenderer.templates(overriding: document.templateDirectory)
        var walkthrough = WalkthroughRenderer(style: style, options: options, templates: templates)
        var sheets = ExerciseSheetRenderer(
            style: style, options: options, templates: templates, rule: MarkingRuleText.instruction(marking)
        )
        let fileExtension = extensionByFormat[document.format] ?? "txt"

        // Everything is rendered before anything is written, so a broken template leaves no
        // half-written set behind.
        var files: [OutputFolder.File] = []
        var entries: [(exercise: Exercise, trace: Trace, files: ExerciseFiles)] = []
        var packetPages: [PacketPages] = []
        for exercise in exercises {
            let trace = try Engine.run(exercise.setup, options: exercise.options)
            let names = ExerciseFiles(number: exercise.number, count: count, extension: fileExtension)
            let network = NetworkFile.encode(exercise.setup)
            let header = WorksheetHeader(
                network: network, training: trace.options, marking: marking,
                decimalComma: MarkingOptions.decimalComma(arguments)
            ).lines
            files.append(.init(name: names.network, contents: network))
            files.append(.init(name: names.problem, contents: try sheets.problem(exercise, trace: trace, files: names)))
            files.append(.init(name: names.worksheet, contents: sheets.worksheet(trace: trace, header: header)))
            if let printed = names.printedWorksheet {
                files.append(.init(
                    name: printed,
                    contents: try sheets.printedWorksheet(exercise, trace: trace, files: names, header: header)
                ))
            }
            files.append(.init(name: names.key, contents: try sheets.key(exercise, trace: trace, files: names)))
            files.append(.init(name: names.answers, contents: try walkthrough.render(trace)))
            if pdf != nil { packetPages.append(try sheets.packetPages(exercise, trace: trace, files: names)) }
            entries.append((exercise, trace, names))
        }
        let index = ExerciseFiles.index(extension: fileExtension)
        files.append(.init(name: index, contents: try sheets.index(entries, seed: seed)))
        if let pdf {
            let packets = try sheets.packets(packetPages, seed: seed)
            try pdf.write(PDFBuilder(environment: environment).build(packets.students))
            try keysPDF?.write(PDFBuilder(environment: environment).build(packets.keys))
        }
        // The summary is printed before the set moves into place: if standard output fails,
        // the command fails and nothing is left behind. The PDFs go in just before the set,
        // and are taken back if the set cannot follow.
        let packet = pdf.map { pdf in
            keysPDF.map { " and the packets to \(pdf.name) and \($0.name)" } ?? " and the packet to \(pdf.name)"
        } ?? ""
        let packetHandles = [pdf, keysPDF].compactMap { $0 }
        do {
            try folder.write(files) { () throws(OutputError) in
                try OutputHandle.commit(packetHandles)
                let summary = "wrote \(count) exercise\(count == 1 ? "" : "s") (\(files.count) files) to \(folder.path)\(packet); start with \(folder.path)/\(index)\n"
                // A packet on standard output is a document: the summary goes beside it.
                if packetToStandardOutput { writeError("backprop: " + summary) } else { try writeOutput(summary) }
            }
        } catch {
            packetHandles.forEach { $0.withdraw() }
            throw error
        }
        document.notes.forEach(writeNote)
        return ExitStatus.success
    }

    /// The settings the flags ask for; their combinations are checked by the generator.
    static func settings(_ arguments: ParsedArguments) throws -> ExerciseSettings {
        var settings = ExerciseSettings()
        if let text = arguments.value("--activation") { settings.activations = try NetworkOptions.activations(text) }
        if let name = arguments.value("--loss") { settings.loss = try NetworkOptions.loss(name) }
        if let text = arguments.value("--learning-rate") {
            settings.learningRate = try ValueParsing.number(text, option: "--learning-rate")
        }
        if let text = arguments.value("--biases") {
            guard text.trimmingSpaces.lowercased() == "none" else {
                throw UsageError("--biases: '\(text)' is not 'none': an exercise draws its biases, or has none", command: name)
            }
            settings.hasBiases = false
        }
        if let text = arguments.value("--examples") {
            settings.exampleCount = try ValueParsing.integer(
                text, option: "--examples", range: 1...ExerciseSettings.maximumExampleCount
            )
        }
        settings.training.updateBiases = arguments.has("--update-biases")
        if settings.training.updateBiases, !settings.hasBiases {
            throw UsageError("--update-biases: there are no biases to update (--biases none)", command: name)
        }
        return settings
    }

    /// Where the keys' packet goes beside the students' `path`: `class.pdf` → `class-keys.pdf`;
    /// nil for standard output or another descriptor, which get the students' packet alone.
    static func keysPath(beside path: String) -> String? {
        guard case .file = OutputDestination(path) else { return nil }
        let stem = path.lowercased().hasSuffix(".pdf") ? String(path.dropLast(4)) : path
        return stem + "-keys.pdf"
    }

    static let extensionByFormat: [DocumentOptions.Format: String] = [
        .markdown: "md", .latex: "tex", .html: "html", .text: "txt",
    ]
}
