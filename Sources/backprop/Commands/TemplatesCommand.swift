import BackpropRender
import Foundation
import TemplateKit

/// `backprop templates export DIR` and `backprop templates list`: the built-in templates.
enum TemplatesCommand {
    static let name = "templates"
    static let summary = "list the built-in templates, or export them to a folder to edit"
    static let usage = "backprop templates list | backprop templates export DIR [--force]"
    static let optionGroups: [OptionGroup] = [
        OptionGroup("Options", [
            OptionSpec("--force", "replace files of the same names that already exist in DIR"),
        ]),
    ]
    static let discussion = """
        'backprop templates export DIR' writes every built-in template into DIR (one folder per \
        format) as a starting point; 'backprop explain --template-dir DIR' then uses the files \
        found there and the built-in ones for the rest. The template language and the data each \
        template receives are described in docs/templates.md. The templates are written into \
        a temporary folder first and moved into DIR only when all are complete.
        """

    static let command = Command(
        name: name, summary: summary, usage: usage, optionGroups: optionGroups,
        positionals: [.choices(["list", "export"]), .directory], discussion: discussion, run: run
    )

    @Sendable
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        let library = try WalkthroughRenderer.templates(overriding: nil)
        switch arguments.positionals.first {
        case "list":
            guard arguments.positionals.count == 1 else {
                throw UsageError("'templates list' takes no arguments", command: name)
            }
            try writeOutput(library.builtInNames.joined(separator: "\n") + "\n")
        case "export":
            guard arguments.positionals.count == 2 else {
                throw UsageError("'templates export' needs one folder: backprop templates export DIR", command: name)
            }
            let folder = OutputFolder(path: arguments.positionals[1], settings: environment.output)
            _ = try folder.existingEntries()
            let names = library.builtInNames
            if !arguments.has("--force") {
                let existing = names.map { Paths.join(folder.path, $0) }
                    .filter { FileManager.default.fileExists(atPath: $0) }
                guard existing.isEmpty else { throw TemplateLibraryError.exportWouldOverwrite(paths: existing) }
            }
            try folder.write(names.map { OutputFolder.File(name: $0, contents: library.builtIns[$0] ?? "") })
            writeError("backprop: wrote \(names.count) templates to \(folder.path)\n")
        case let other?:
            throw UsageError("unknown 'templates' action '\(other)'; use 'list' or 'export DIR'", command: name)
        case nil:
            throw UsageError("'templates' needs an action: 'list' or 'export DIR'", command: name)
        }
        return ExitStatus.success
    }
}
