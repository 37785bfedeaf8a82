import BackpropCore
import TemplateKit

/// `explain --expr`: an expression's walkthrough in one format, written from one
/// ``Document`` by that format's writer, inside the format's page (the `document-start` and
/// `document-end` templates of LaTeX and HTML, which `--template-dir` may override).
package struct ExpressionRenderer {
    /// The formats of the walkthrough.
    package enum Format: Sendable {
        case markdown
        /// For a terminal: fitted to `width`, nothing but ASCII with `ascii`, headings in bold
        /// with `emphasis`.
        case text(ascii: Bool, width: Int, emphasis: Bool)
        case latex(bodyOnly: Bool)
        case html(bodyOnly: Bool)
    }

    package let format: Format
    /// How computed values are written.
    package let numbers: NumberFormat
    private var templates: TemplateLibrary

    package init(format: Format, numbers: NumberFormat, templates: TemplateLibrary) {
        self.format = format
        self.numbers = numbers
        self.templates = templates
    }

    /// The walkthrough of `trace` as one string.
    package mutating func render(_ trace: ExpressionTrace, source: String, step: ExpressionStep?) throws -> String {
        var sink = TextSink()
        try render(trace, source: source, step: step, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    /// Writes the walkthrough of `trace` (from the program `source`, with `step` if asked for)
    /// into `sink`, block by block.
    package mutating func render<Sink: TemplateSink>(
        _ trace: ExpressionTrace, source: String, step: ExpressionStep?, into sink: inout Sink
    ) throws {
        let walkthrough = ExpressionWalkthrough(
            trace: trace, notation: ExpressionNotation(trace: trace, numbers: numbers), source: source, step: step
        )
        let title = ExpressionWalkthrough.title
        let context: [String: TemplateValue] = ["title": .text(title)]
        switch format {
        case .markdown:
            try sink.write(Array("# \(title)\n\n".utf8))
            try MarkdownDocumentWriter().writeBlocks(into: &sink, walkthrough.write)
        case let .text(ascii, width, emphasis):
            let writer = TextDocumentWriter(ascii: ascii, width: width, emphasis: emphasis)
            try writer.writeBlocks(into: &sink) { emit in
                try emit(.heading(1, [.text(title)]))
                try walkthrough.write(emit)
            }
        case let .latex(bodyOnly):
            if !bodyOnly { try templates.render("latex/document-start.tex", context: context, escaping: .latex, into: &sink) }
            try LaTeXDocumentWriter(bodyOnly: bodyOnly).writeBlocks(into: &sink, walkthrough.write)
            if !bodyOnly { try templates.render("latex/document-end.tex", context: context, escaping: .latex, into: &sink) }
        case let .html(bodyOnly):
            if !bodyOnly { try templates.render("html/document-start.html", context: context, escaping: .html, into: &sink) }
            try HTMLDocumentWriter(bodyOnly: bodyOnly).writeBlocks(into: &sink, walkthrough.write)
            if !bodyOnly { try templates.render("html/document-end.html", context: context, escaping: .html, into: &sink) }
        }
    }
}
