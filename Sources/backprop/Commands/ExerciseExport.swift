import BackpropCheck
import BackpropExercises
import BackpropExport
import BackpropRender

/// `exercise --export PLATFORM -o FILE|DIR`: the set as a course platform imports it, instead
/// of sheets (docs/lms.md). Written whole or not at all, like the set's folder.
enum ExerciseExport {
    static let exportOption = OptionSpec(
        "--export", value: "PLATFORM", kind: .choices(of: ExportFormat.self),
        "write the set for a course platform instead of sheets: \(ExportFormat.allCases.map(\.rawValue).joined(separator: ", ")) (needs -o; see docs/lms.md)"
    )
    static let moodleStyleOption = OptionSpec(
        "--moodle-style", value: "STYLE", kind: .choices(of: MoodleStyle.self),
        "with --export moodle: cloze, one Cloze question per exercise (default), or numerical, one question per term"
    )
    static let options = [
        exportOption, moodleStyleOption,
        OptionSpec(
            OutputOptions.output.name, short: "-o", value: "FILE|DIR", kind: .outputFile,
            "with --export: the file to write (a folder for prairielearn), replaced only once complete"
        ),
    ]
    /// Options of the sheets that an export does not write.
    private static let sheetOptions = ["--out-dir", "--pdf", "--format", "--detail", "--digits", "--template-dir"]

    /// The exporter the flags ask for, or nil without `--export`; refuses the flags that make
    /// no sense with it or without it.
    static func exporter(_ arguments: ParsedArguments, seed: UInt64, command: String) throws(UsageError) -> Exporter? {
        let output = OutputOptions.output.name
        guard let name = arguments.value(exportOption.name) else {
            if arguments.value(moodleStyleOption.name) != nil {
                throw UsageError("--moodle-style needs --export moodle", command: command)
            }
            if arguments.value(output) != nil {
                throw UsageError("-o is for --export; an exercise set goes to --out-dir DIR", command: command)
            }
            return nil
        }
        let format = try ValueParsing.choice(name, option: exportOption.name, as: ExportFormat.self)
        var style = MoodleStyle.cloze
        if let text = arguments.value(moodleStyleOption.name) {
            guard format == .moodle else {
                throw UsageError("--moodle-style needs --export moodle, not \(format.rawValue)", command: command)
            }
            style = try ValueParsing.choice(text, option: moodleStyleOption.name, as: MoodleStyle.self)
        }
        if let sheet = sheetOptions.first(where: { arguments.value($0) != nil }) {
            throw UsageError("\(sheet) is for exercise sheets; --export writes only the platform's file", command: command)
        }
        guard let path = arguments.value(output) else {
            throw UsageError(
                "--export \(format.rawValue) needs -o \(format.writesFolder ? "DIR" : "FILE"): where to write it",
                command: command
            )
        }
        if format.writesFolder, OutputDestination(path) != .file(path) {
            throw UsageError("--export \(format.rawValue) writes a folder: -o needs a folder's path, not \(path)", command: command)
        }
        return Exporter(format: format, moodleStyle: style, setSeed: seed)
    }

    /// Builds every question, then writes the export at once.
    static func write(
        _ exercises: [Exercise], exporter: Exporter, marking: MarkingRule,
        arguments: ParsedArguments, environment: Environment
    ) throws -> Int32 {
        let path = arguments.value(OutputOptions.output.name) ?? "-"
        let force = arguments.has(OutputOptions.force.name)
        var builder = QuestionBuilder(
            rule: marking, optionNames: CheckCommand.optionNames,
            templates: try WalkthroughRenderer.templates(overriding: nil)
        )
        let questions = try exercises.map { try builder.question($0, count: exercises.count) }
        let files: [ExportedFile]
        do {
            files = try exporter.files(questions)
        } catch {
            throw OutputError(.cannotCreate, path: path, reason: "the export is larger than a ZIP holds (65,535 files, 4 GiB)")
        }
        let asked = questions.reduce(0) { $0 + $1.asked.count }
        let summary = "wrote \(exercises.count) exercise\(exercises.count == 1 ? "" : "s") "
            + "(\(asked) answers) for \(exporter.format.rawValue) to \(path)\n"
        if exporter.format.writesFolder {
            let folder = OutputFolder(path: path, settings: environment.output)
            let existing = try folder.existingEntries()
            if !existing.isEmpty, !force {
                throw OutputError(.cannotCreate, path: path, reason: "the folder is not empty; use --force to write into it")
            }
            try folder.write(files.map { OutputFolder.File(name: $0.name, contents: String(decoding: $0.bytes, as: UTF8.self)) }) {
                () throws(OutputError) in try writeOutput(summary)
            }
        } else {
            let destination = OutputDestination(path)
            let handle = try destination.open(environment.output, force: force)
            for file in files { try handle.write(file.bytes) }
            try handle.commit()
            if !destination.isStandardOutput { try writeOutput(summary) }
        }
        return ExitStatus.success
    }
}
