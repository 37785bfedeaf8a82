import Foundation
import TemplateKit

/// Parses and renders `source` as the template `t.txt` (shown as `Templates/t.txt`).
func render(
    _ source: String,
    _ context: [String: TemplateValue] = [:],
    escaping: Escaping = .none
) throws -> String {
    try Template(source: source, name: "t.txt", sourceName: "Templates/t.txt")
        .render(context, escaping: escaping)
}

/// The message of the error that parsing or rendering `source` throws, or nil if none does.
func renderError(_ source: String, _ context: [String: TemplateValue] = [:]) -> String? {
    do {
        _ = try render(source, context)
        return nil
    } catch {
        return "\(error)"
    }
}

/// A fresh, empty directory under the temporary directory; the caller removes it.
func makeTemporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
        .appending(path: "TemplateKitTests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
}

/// Writes `text` to `directory/name`, creating folders.
func write(_ text: String, to name: String, in directory: URL) throws {
    let file = directory.appending(path: name)
    try FileManager.default.createDirectory(
        at: file.deletingLastPathComponent(), withIntermediateDirectories: true
    )
    try Data(text.utf8).write(to: file)
}
