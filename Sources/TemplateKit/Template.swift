/// A parsed template: parse once, render many times with different contexts.
///
/// Parsing checks the syntax (tags, nesting, paths); names in the context and included
/// templates are checked when rendering, because they depend on the data.
public struct Template: Sendable {
    /// How deep `{% include %}` may nest before rendering fails; stops a template that
    /// includes itself.
    public static let maximumIncludeDepth = 16

    /// The name the template is looked up by, such as `markdown/walkthrough.md`.
    public let name: String
    /// The name errors show as the file, such as `Templates/markdown/walkthrough.md`.
    public let sourceName: String
    let nodes: [TemplateNode]

    /// Parses `source`.
    ///
    /// - Parameters:
    ///   - source: The template text.
    ///   - name: The library name, used for includes and by callers.
    ///   - sourceName: The file name errors show; `name` if nil.
    /// - Throws: `TemplateError` at the first syntax error.
    public init(source: String, name: String, sourceName: String? = nil) throws(TemplateError) {
        let file = sourceName ?? name
        let bytes = Array(source.utf8)
        var lexer = TemplateLexer(bytes: bytes, file: file)
        let tokens = StandaloneLines.apply(to: try lexer.tokenize(), in: bytes)
        var parser = TemplateParser(bytes: bytes, file: file, tokens: tokens)
        self.nodes = try parser.parse()
        self.name = name
        self.sourceName = file
    }

    /// Renders the template with `context` as the top-level variables.
    ///
    /// This template cannot include others: `{% include %}` fails as an unknown template. Use
    /// `TemplateLibrary.render(_:context:escaping:)` for templates with includes.
    /// - Returns: The output; its size is linear in the size of the data printed.
    /// - Throws: `TemplateError` at the tag that failed (unknown variable, wrong type, include).
    public func render(
        _ context: [String: TemplateValue],
        escaping: Escaping
    ) throws(TemplateError) -> String {
        var renderer = TemplateRenderer(context: context, escaping: escaping, library: nil)
        try renderer.render(self)
        return renderer.output
    }
}
