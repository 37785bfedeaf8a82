import TemplateKit

/// A ``Document`` as the body of an HTML page: MathML, HTML tables, an inline SVG graph.
struct HTMLDocumentWriter: DocumentWriter {
    let style: DocumentStyle

    init(bodyOnly: Bool) { style = .html(bodyOnly: bodyOnly) }

    func block(_ block: Document.Block) -> String {
        switch block {
        case let .heading(level, content):
            let tag = "h\(min(max(level, 1), 6))"
            return "<\(tag)>" + inlines(content) + "</\(tag)>"
        case let .paragraph(content): return "<p>" + inlines(content) + "</p>"
        case let .math(expression): return style.display(expression)
        case let .table(table): return self.table(table)
        case let .figure(.graph(picture)): return SVGGraph(picture: picture).render()
        case let .list(items): return "<ul>\n" + items.map { "<li>" + inlines($0) + "</li>" }.joined(separator: "\n") + "\n</ul>"
        case let .code(code): return "<pre><code>" + Escaping.html.escape(code) + "</code></pre>"
        case let .note(content): return "<blockquote><p>" + inlines(content) + "</p></blockquote>"
        }
    }

    func text(_ text: String) -> String { Escaping.html.escape(text) }
    func emphasis(_ text: String) -> String { "<em>" + Escaping.html.escape(text) + "</em>" }
}
