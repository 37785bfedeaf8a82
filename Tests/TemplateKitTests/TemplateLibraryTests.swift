import BuiltInTemplates
import Foundation
import Testing
import TemplateKit

@Suite struct TemplateLibraryTests {
    static let builtIns = [
        "markdown/page.md": "# {{ title }}\n{% include \"markdown/footer.md\" %}",
        "markdown/footer.md": "built-in footer\n",
        "text/page.txt": "{{ title }}",
    ]

    @Test func builtInsAreFoundByName() throws {
        var library = try TemplateLibrary(builtIns: Self.builtIns)
        #expect(library.builtInNames == ["markdown/footer.md", "markdown/page.md", "text/page.txt"])
        #expect(
            try library.render("markdown/page.md", context: ["title": "A_b"], escaping: .markdown)
                == "# A\\_b\nbuilt-in footer\n"
        )
        #expect(try library.template(named: "text/page.txt").sourceName
            == "Templates/text/page.txt")
    }

    @Test func overrideFilesReplaceBuiltInsOneByOne() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write("custom footer for {{ title }}\n", to: "markdown/footer.md", in: directory)
        try write("{{ title }}: {% include \"extra/note.txt\" %}",
                  to: "text/page.txt", in: directory)
        try write("a template only the user has", to: "extra/note.txt", in: directory)

        var library = try TemplateLibrary(builtIns: Self.builtIns, overrideDirectory: directory)
        #expect(try library.render("markdown/page.md", context: ["title": "T"], escaping: .none)
            == "# T\ncustom footer for T\n")
        #expect(try library.render("text/page.txt", context: ["title": "T"], escaping: .none)
            == "T: a template only the user has")
        #expect(try library.template(named: "markdown/footer.md").sourceName
            == directory.appending(path: "markdown/footer.md").path)
        #expect(try library.template(named: "markdown/page.md").sourceName
            == "Templates/markdown/page.md")
    }

    @Test func overrideErrorsNameTheOverrideFile() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write("\n{{ nope }}", to: "text/page.txt", in: directory)
        var library = try TemplateLibrary(builtIns: Self.builtIns, overrideDirectory: directory)
        let error = #expect(throws: TemplateError.self) {
            try library.render("text/page.txt", context: [:], escaping: .none)
        }
        #expect(error?.description
            == "\(directory.appending(path: "text/page.txt").path):2:1: unknown variable 'nope'")
    }

    @Test func unknownAndInvalidNamesAreErrors() throws {
        var library = try TemplateLibrary(builtIns: Self.builtIns)
        #expect(throws: TemplateLibraryError.unknownTemplate(name: "nope.md")) {
            try library.template(named: "nope.md")
        }
        for name in ["", "/etc/passwd", "../x.md", "a//b.md", "a/./b.md", "a/"] {
            #expect(throws: TemplateLibraryError.invalidName(name)) {
                try library.template(named: name)
            }
        }
    }

    @Test func missingOverrideDirectoryIsAnError() throws {
        let missing = FileManager.default.temporaryDirectory.appending(path: "no-such-\(UUID())")
        #expect(throws: TemplateLibraryError.overrideDirectoryMissing(path: missing.path)) {
            try TemplateLibrary(builtIns: [:], overrideDirectory: missing)
        }
        #expect("\(TemplateLibraryError.overrideDirectoryMissing(path: "/x"))"
            == "/x: template directory does not exist")
    }

    @Test func unreadableOverrideFilesNameThePath() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "text/page.txt")
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true
        )
        try Data([0x41, 0xFF, 0xFE]).write(to: file)
        try FileManager.default.createDirectory(
            at: directory.appending(path: "markdown/footer.md"), withIntermediateDirectories: true
        )
        var library = try TemplateLibrary(builtIns: Self.builtIns, overrideDirectory: directory)

        let notText = #expect(throws: TemplateLibraryError.self) {
            try library.template(named: "text/page.txt")
        }
        #expect(notText?.description == "\(file.path): cannot read template: not valid UTF-8")

        let footer = directory.appending(path: "markdown/footer.md").path
        let included = #expect(throws: TemplateError.self) {
            try library.render("markdown/page.md", context: ["title": "T"], escaping: .none)
        }
        #expect(included?.description == "Templates/markdown/page.md:2:1: cannot include"
            + " 'markdown/footer.md': \(footer): cannot read template: it is a directory")
    }
}
