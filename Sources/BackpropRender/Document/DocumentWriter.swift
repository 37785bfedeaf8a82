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

    /// Writes the blocks `produce` hands out into `sink` as they come, each followed by a blank
    /// line, through the format's last pass (text wrapping, MathML glue), in pieces of about
    /// 64 KiB.
    func writeBlocks<Sink: TemplateSink>(
        into sink: inout Sink, _ produce: ((Document.Block) throws -> Void) throws -> Void
    ) throws {
        var finishing = FinishingSink(style.finish, into: sink)
        defer { sink = finishing.base }
        var pending: [UInt8] = []
        try produce { item in
            pending.append(contentsOf: (block(item) + "\n\n").utf8)
            if pending.count >= 1 << 16 {
                try finishing.write(pending)
                pending.removeAll(keepingCapacity: true)
            }
        }
        try finishing.write(pending)
        try finishing.end()
    }
}
