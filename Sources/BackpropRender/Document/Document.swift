/// An explanation as a neutral tree, written once and turned into each format by a
/// ``DocumentWriter`` (pandoc's model): headings, paragraphs, display math, tables, figures,
/// lists, code and notes. It holds formatted numbers and formula trees, never computes.
struct Document: Sendable {
    /// The document's title: the page title, and the first heading.
    var title: String
    var blocks: [Block] = []

    /// One block of the document.
    enum Block: Sendable {
        /// A section heading, level 2 for sections, 3 below them.
        case heading(Int, [Inline])
        case paragraph([Inline])
        /// A formula on its own line.
        case math(MathExpression)
        case table(DocumentTable)
        case figure(Figure)
        /// A bulleted list, one item of inlines each.
        case list([[Inline]])
        /// Lines of code or input, shown as written.
        case code(String)
        /// A remark set apart from the text.
        case note([Inline])
    }

    /// A picture each format draws in its own way.
    enum Figure: Sendable {
        /// The computational graph: Mermaid, SVG, TikZ or a text tree.
        case graph(GraphPicture)
    }

    /// A run of text inside a paragraph, a list item, a heading or a table cell.
    enum Inline: Sendable {
        case text(String)
        case emphasis(String)
        case code(String)
        case math(MathExpression)
    }
}

/// A table whose cells are runs of inlines, written with the format's ``TableWriter``.
struct DocumentTable: Sendable {
    struct Column: Sendable {
        let header: [Document.Inline]
        let alignment: Table.Alignment
    }

    let columns: [Column]
    let rows: [[[Document.Inline]]]
}
