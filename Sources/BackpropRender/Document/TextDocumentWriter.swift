/// A ``Document`` for a terminal: headings marked `==` and `--` as the walkthrough's, paragraphs
/// on one line each for ``TextLayout`` to fit, equations laid out for the width, the graph as
/// an indented tree.
struct TextDocumentWriter: DocumentWriter {
    let style: DocumentStyle
    let ascii: Bool
    /// Bold on and off around headings, on a colour terminal; empty otherwise.
    let emphasisMarks: (on: String, off: String)

    init(ascii: Bool, width: Int, emphasis: Bool) {
        style = .text(ascii: ascii, width: width)
        self.ascii = ascii
        emphasisMarks = emphasis ? ("\u{1B}[1m", "\u{1B}[0m") : ("", "")
    }

    func block(_ block: Document.Block) -> String {
        switch block {
        case let .heading(level, content):
            let marker = level <= 1 ? "" : level == 2 ? "== " : "-- "
            return emphasisMarks.on + marker + inlines(content) + emphasisMarks.off
        case let .paragraph(content): return inlines(content)
        case let .math(expression): return style.display(expression)
        case let .table(table): return self.table(table)
        case let .figure(.graph(picture)): return TextGraphTree(picture: picture, ascii: ascii).render()
        case let .list(items): return items.map { "- " + inlines($0) }.joined(separator: "\n")
        case let .code(code): return code.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
        case let .note(content): return "Note: " + inlines(content)
        }
    }

    func text(_ text: String) -> String { text }
    func emphasis(_ text: String) -> String { text }
}
