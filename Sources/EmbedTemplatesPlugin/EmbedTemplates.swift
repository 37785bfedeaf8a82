import Foundation
import PackagePlugin

/// Build-tool plugin that compiles every file under the package's `Templates/` folder into the
/// target as `BuiltInTemplates.files`, so the binary renders without the folder beside it.
///
/// Every template and every folder is a declared input, so editing, adding or removing a
/// template re-runs the generator.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let (files, folders) = Self.contents(of: templates)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) templates from Templates/",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [templates.path, output.path],
                // SwiftPM plans builds only when the package changes, so a plan can predate a
                // new template. The folders are inputs too: adding or removing a file changes
                // its folder, which re-runs the tool, and the tool lists the folder itself.
                inputFiles: files + folders,
                outputFiles: [output]
            ),
        ]
    }

    /// The regular files and the folders under `root` (itself included), recursively,
    /// skipping hidden entries.
    private static func contents(of root: URL) -> (files: [URL], folders: [URL]) {
        guard let enumerator = FileManager.default.enumerator(
            at: root,
            includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: [.skipsHiddenFiles]
        ) else { return ([], []) }
        var files: [URL] = []
        var folders: [URL] = [root]
        for case let url as URL in enumerator where !url.lastPathComponent.hasPrefix(".") {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isRegularFile == true {
                files.append(url)
            } else if values?.isDirectory == true {
                folders.append(url)
            }
        }
        return (files, folders)
    }
}
