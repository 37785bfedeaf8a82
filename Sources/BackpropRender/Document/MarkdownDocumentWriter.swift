/// A ``Document`` as GitHub-flavoured Markdown: LaTeX math, Markdown tables, a Mermaid graph.
struct MarkdownDocumentWriter: DocumentWriter {
    let style = DocumentStyle.markdown

    func block(_ block: Document.Block) -> String {
        switch block {
        case let .heading(level, content): return String(repeating: "#", count: level) + " " + inlines(content)
        case let .paragraph(content): return inlines(content)
        case let .math(expression): return style.display(expression)
        case let .table(table): return self.table(table)
        case let .figure(.graph(picture)): return MermaidGraph(picture: picture).render()
        case let .list(items): return items.map { "- " + inlines($0) }.joined(separator: "\n")
        case let .code(code): return "```\n" + code + "\n```"
        case let .note(content): return "> " + inlines(content)
        }
    }

    func text(_ text: String) -> String { style.escaping.escape(text) }
    func emphasis(_ text: String) -> String { "*" + style.escaping.escape(text) + "*" }
}
