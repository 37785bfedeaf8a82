/// A parsed template: parse once, render many times with different contexts.
///
/// Parsing checks the syntax (tags, nesting, paths); names in the context and included
/// templates are checked when rendering, because they depend on the data.
package struct Template: Sendable {
    /// The name the template is looked up by, such as `markdown/walkthrough.md`.
    package let name: String
    /// The name errors show as the file, such as `Templates/markdown/walkthrough.md`.
    package let sourceName: String
    /// The bounds this template was parsed with and renders with.
    package let limits: TemplateLimits
    let nodes: [TemplateNode]

    /// Parses `source`.
    ///
    /// - Parameters:
    ///   - source: The template text.
    ///   - name: The library name, used for includes and by callers.
    ///   - sourceName: The file name errors show; `name` if nil.
    ///   - limits: The bounds for parsing and, later, rendering.
    /// - Throws: `TemplateError` at the first syntax error, or if the source is larger than
    ///   `limits.sourceBytes` or nests blocks deeper than `limits.nestingDepth`.
    package init(
        source: String,
        name: String,
        sourceName: String? = nil,
        limits: TemplateLimits = .standard
    ) throws(TemplateError) {
        let file = sourceName ?? name
        guard source.utf8.count <= limits.sourceBytes else {
            throw TemplateError(file: file, line: 1, column: 1,
                                kind: .sourceTooLarge(limit: limits.sourceBytes))
        }
        let bytes = Array(source.utf8)
        var lexer = TemplateLexer(bytes: bytes, file: file)
        let tokens = StandaloneLines.apply(to: try lexer.tokenize(), in: bytes)
        var parser = TemplateParser(
            bytes: bytes, file: file, tokens: tokens, nestingLimit: limits.nestingDepth
        )
        self.nodes = try parser.parse()
        self.name = name
        self.sourceName = file
        self.limits = limits
    }

    /// Renders the template with `context` as the top-level variables.
    ///
    /// This template cannot include others: `{% include %}` fails as an unknown template. Use
    /// `TemplateLibrary.render(_:context:escaping:)` for templates with includes.
    /// - Returns: The output; its size is linear in the size of the data printed.
    /// - Throws: `TemplateError` at the tag that failed (unknown variable, wrong type, include,
    ///   a limit passed), or an error thrown by a lazy list's item, unchanged.
    package func render(_ context: [String: TemplateValue], escaping: Escaping) throws -> String {
        var buffer = OutputBuffer()
        try render(context, escaping: escaping, into: &buffer)
        return buffer.string
    }

    /// Renders the template into `sink`, chunk by chunk; the chunks joined are exactly what
    /// `render(_:escaping:)` returns.
    ///
    /// - Throws: As `render(_:escaping:)`, and any error `sink` throws, unchanged. Output
    ///   already written stays written.
    package func render<Sink: TemplateSink>(
        _ context: [String: TemplateValue],
        escaping: Escaping,
        into sink: inout Sink
    ) throws {
        var renderer = TemplateRenderer(
            context: context, escaping: escaping, limits: limits, library: nil, sink: sink
        )
        defer { sink = renderer.sink }
        try renderer.render(self)
    }
}
