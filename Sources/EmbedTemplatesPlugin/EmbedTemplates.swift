import Foundation
import PackagePlugin

/// Build-tool plugin that compiles the templates under the package's `Templates/` folder into the
/// target as `BuiltInTemplates.files`, so the binary renders without the folder beside it.
///
/// The templates are the regular files in the folders of `Templates/` (one folder per format);
/// files beside those folders, such as its README, are documentation, and hidden entries are
/// skipped. This is the one walk of the folder: the tool embeds exactly the files it is given.
/// Every template and every folder is a declared input, so editing, adding or removing a
/// template re-runs the generator.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let (files, folders) = Self.contents(of: templates)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInTemplates.swift")
        let root = templates.standardizedFileURL.path
        let relative = files.map { String($0.standardizedFileURL.path.dropFirst(root.count + 1)) }
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) templates from Templates/",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [root, output.path] + relative.sorted(),
                // SwiftPM plans builds only when the package changes, so a plan can predate a
                // new template. The folders are inputs too: adding or removing a file changes
                // its folder, which re-runs the tool.
                inputFiles: files + folders,
                outputFiles: [output]
            ),
        ]
    }

    /// The templates (regular files inside the folders of `root`, recursively) and the folders,
    /// `root` included, skipping hidden entries.
    private static func contents(of root: URL) -> (files: [URL], folders: [URL]) {
        guard let enumerator = FileManager.default.enumerator(
            at: root,
            includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
            options: [.skipsHiddenFiles]
        ) else { return ([], []) }
        var files: [URL] = []
        var folders: [URL] = [root]
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isDirectoryKey])
            if values?.isDirectory == true {
                folders.append(url)
            } else if values?.isRegularFile == true,
                      url.deletingLastPathComponent().standardizedFileURL.path
                          != root.standardizedFileURL.path {
                files.append(url)
            }
        }
        return (files, folders)
    }
}
