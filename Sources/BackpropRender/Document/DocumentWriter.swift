import TemplateKit

/// Writes a ``Document`` in one format, block by block: a walker over the tree, one per format
/// (``MarkdownDocumentWriter``, ``TextDocumentWriter``, ``LaTeXDocumentWriter``,
/// ``HTMLDocumentWriter``). Math, tables and escaping come from the format's
/// ``DocumentStyle``; the page around the blocks from the format's wrapper template.
protocol DocumentWriter {
    /// The format's math, tables, escaping and last pass.
    var style: DocumentStyle { get }
    /// A block as text, without the blank line that separates blocks.
    func block(_ block: Document.Block) -> String
    /// Text in a paragraph, escaped for the format.
    func text(_ text: String) -> String
    /// Emphasised text.
    func emphasis(_ text: String) -> String
}

extension DocumentWriter {
    /// A run of inlines as text.
    func inlines(_ inlines: [Document.Inline]) -> String {
        var result = ""
        for inline in inlines {
            switch inline {
            case let .text(words): result += text(words)
            case let .emphasis(words): result += emphasis(words)
            case let .code(code): result += style.codeSpan(code)
            case let .math(expression): result += style.inline(expression)
            }
        }
        return result
    }

    /// A table through the format's table writer, each cell written as inlines.
    func table(_ table: DocumentTable) -> String {
        var written = Table(columns: table.columns.map { Table.Column(inlines($0.header), $0.alignment) })
        written.rows = table.rows.map { $0.map(inlines) }
        return style.tables.write(written)
    }

    /// Writes the blocks of `document` into `sink`, each followed by a blank line, through the
    /// format's last pass (text wrapping, MathML glue).
    func writeBlocks<Sink: TemplateSink>(_ document: Document, into sink: inout Sink) throws {
        var finishing = FinishingSink(style.finish, into: sink)
        defer { sink = finishing.base }
        for item in document.blocks {
            try finishing.write(Array((block(item) + "\n\n").utf8))
        }
        try finishing.end()
    }
}
