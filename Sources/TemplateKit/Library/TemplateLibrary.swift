import Foundation

/// The templates a program can render: built-in sources, each replaceable by a file of the
/// same name in an override directory.
///
/// Looking up `markdown/walkthrough.md` returns `DIR/markdown/walkthrough.md` if that file
/// exists, else the built-in source; overriding goes file by file, so a directory holding one
/// file changes only that template. Parsed templates are cached, which is why lookups are
/// `mutating`.
package struct TemplateLibrary: Sendable {
    /// The built-in sources by name, such as `markdown/walkthrough.md`.
    package let builtIns: [String: String]
    /// The directory searched before the built-ins, if any.
    package let overrideDirectory: URL?
    /// The bounds every template of the library is parsed and rendered with; a caller may
    /// narrow them for a rendering (a smaller step limit for a smaller document).
    package var limits: TemplateLimits
    private var cache: [String: Template] = [:]

    /// Creates a library.
    ///
    /// - Parameters:
    ///   - builtIns: Template sources by name, usually `BuiltInTemplates.files`.
    ///   - overrideDirectory: A directory whose files replace built-ins of the same name.
    ///   - limits: The bounds for parsing and rendering every template.
    /// - Throws: `TemplateLibraryError.overrideDirectoryMissing` or
    ///   `.overrideDirectoryNotAFolder` if `overrideDirectory` is given but is not an existing
    ///   directory.
    package init(
        builtIns: [String: String],
        overrideDirectory: URL? = nil,
        limits: TemplateLimits = .standard
    ) throws(TemplateLibraryError) {
        if let overrideDirectory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(
                atPath: overrideDirectory.path, isDirectory: &isDirectory
            ) else {
                throw .overrideDirectoryMissing(path: overrideDirectory.path)
            }
            guard isDirectory.boolValue else {
                throw .overrideDirectoryNotAFolder(path: overrideDirectory.path)
            }
        }
        self.builtIns = builtIns
        self.overrideDirectory = overrideDirectory
        self.limits = limits
    }

    /// The names of the built-in templates, sorted.
    package var builtInNames: [String] {
        builtIns.keys.sorted()
    }

    /// The parsed template called `name`, from the override directory or the built-ins.
    ///
    /// - Throws: `TemplateLibraryError` if the name is invalid or unknown or the override file
    ///   cannot be read; `TemplateError` if the template does not parse.
    package mutating func template(named name: String) throws -> Template {
        do {
            return try loadTemplate(named: name)
        } catch .library(let error) {
            throw error
        } catch .template(let error) {
            throw error
        }
    }

    /// Renders the template called `name`; its includes are looked up in this library.
    ///
    /// - Throws: `TemplateLibraryError` if `name` cannot be found or read; `TemplateError`
    ///   for a syntax error, a failed tag or a limit passed, in this template or an included
    ///   one; an error thrown by a lazy list's item, unchanged.
    package mutating func render(
        _ name: String,
        context: [String: TemplateValue],
        escaping: Escaping
    ) throws -> String {
        var buffer = OutputBuffer()
        try render(name, context: context, escaping: escaping, into: &buffer)
        return buffer.string
    }

    /// Renders the template called `name` into `sink`, chunk by chunk; the chunks joined are
    /// exactly what `render(_:context:escaping:)` returns.
    ///
    /// - Throws: As `render(_:context:escaping:)`, and any error `sink` throws, unchanged.
    ///   Output already written stays written.
    package mutating func render<Sink: TemplateSink>(
        _ name: String,
        context: [String: TemplateValue],
        escaping: Escaping,
        into sink: inout Sink
    ) throws {
        let template = try template(named: name)
        var renderer = TemplateRenderer(
            context: context, escaping: escaping, limits: limits, library: self, sink: sink
        )
        defer {
            sink = renderer.sink
            if let library = renderer.library {
                self = library
            }
        }
        try renderer.render(template)
    }

    mutating func loadTemplate(named name: String) throws(TemplateLoadError) -> Template {
        if let cached = cache[name] { return cached }
        let source = try self.source(named: name)
        do {
            let template = try Template(source: source.text, name: name,
                                        sourceName: source.sourceName, limits: limits)
            cache[name] = template
            return template
        } catch {
            throw .template(error)
        }
    }

    private func source(
        named name: String
    ) throws(TemplateLoadError) -> (text: String, sourceName: String) {
        guard Self.isValidName(name) else { throw .library(.invalidName(name)) }
        if let overrideDirectory {
            let file = overrideDirectory.appending(path: name)
            if let text = try OverrideFile.read(file, limit: limits.sourceBytes) {
                return (text, file.path)
            }
        }
        guard let text = builtIns[name] else { throw .library(.unknownTemplate(name: name)) }
        return (text, "Templates/\(name)")
    }

    /// Whether `name` is a relative path that stays inside the directory it is resolved in.
    static func isValidName(_ name: String) -> Bool {
        let components = name.split(separator: "/", omittingEmptySubsequences: false)
        return !name.contains("\0")
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
