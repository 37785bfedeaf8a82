import TemplateKit

/// A ``Document`` as the body of a LaTeX article: sections, `align*` equations broken to the
/// line, `tabular` tables, a TikZ graph.
struct LaTeXDocumentWriter: DocumentWriter {
    let style: DocumentStyle

    init(bodyOnly: Bool) { style = .latex(bodyOnly: bodyOnly) }

    func block(_ block: Document.Block) -> String {
        switch block {
        case let .heading(level, content):
            return (level <= 2 ? "\\section*{" : "\\subsection*{") + inlines(content) + "}"
        case let .paragraph(content): return inlines(content)
        case let .math(expression): return style.display(expression)
        case let .table(table): return "\\begin{center}\n" + self.table(table) + "\n\\end{center}"
        case let .figure(.graph(picture)): return TikZGraph(picture: picture).render()
        case let .list(items):
            return "\\begin{itemize}\n" + items.map { "\\item " + inlines($0) }.joined(separator: "\n") + "\n\\end{itemize}"
        case let .code(code):
            return "\\begin{verbatim}\n" + code.replacingOccurrences(of: "\\end{verbatim}", with: "\\end {verbatim}") + "\n\\end{verbatim}"
        case let .note(content): return "\\begin{quote}\n" + inlines(content) + "\n\\end{quote}"
        }
    }

    func text(_ text: String) -> String { Escaping.latex.escape(text) }
    func emphasis(_ text: String) -> String { "\\emph{" + Escaping.latex.escape(text) + "}" }
}
