import BuiltInTemplates
import Foundation
import Testing
import TemplateKit

/// The EmbedTemplates plugin compiled exactly the templates of the package's `Templates/` folder.
@Suite struct BuiltInTemplatesTests {
    static let templatesFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appending(path: "Templates")

    /// Every non-hidden regular file in a folder of `Templates/`, keyed by its relative path (the
    /// files beside the folders, such as `README.md`, are documentation).
    static func filesOnDisk() throws -> [String: String] {
        let root = templatesFolder.standardizedFileURL.path
        var files: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root)
        while let relative = enumerator?.nextObject() as? String {
            let path = root + "/" + relative
            var isDirectory: ObjCBool = false
            let isHidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
            guard !isHidden, relative.contains("/"),
                  FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  !isDirectory.boolValue else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            files[relative] = String(decoding: data, as: UTF8.self)
        }
        return files
    }

    @Test func embeddedFilesMatchTheTemplatesFolder() throws {
        let onDisk = try Self.filesOnDisk()
        #expect(!onDisk.isEmpty)
        #expect(BuiltInTemplates.names == onDisk.keys.sorted())
        for (name, text) in onDisk {
            #expect(BuiltInTemplates.files[name] == text, "\(name) differs from Templates/\(name)")
        }
    }

    @Test func everyBuiltInTemplateParses() throws {
        var library = try TemplateLibrary(builtIns: BuiltInTemplates.files)
        for name in BuiltInTemplates.names {
            _ = try library.template(named: name)
        }
    }

    @Test func syntaxExampleRenders() throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "Fixtures/syntax.txt")
        let syntax = String(decoding: try Data(contentsOf: fixture), as: UTF8.self)
        var library = try TemplateLibrary(builtIns: ["examples/syntax.txt": syntax])
        let context: [String: TemplateValue] = [
            "title": "Items",
            "items": [["name": "w5", "note": "a weight"], ["name": "b1", "note": ""]],
            "footer": "That is all.",
        ]
        let output = try library.render("examples/syntax.txt", context: context, escaping: .none)
        #expect(output == """
            Items
            1. w5 (a weight)
            2. b1
            That is all.
            Tags inside raw are text: {{ not a variable }}

            """)
        let empty = try library.render(
            "examples/syntax.txt", context: ["title": "None", "items": []], escaping: .none
        )
        #expect(empty == "None\n(no items)\nTags inside raw are text: {{ not a variable }}\n")
    }
}
