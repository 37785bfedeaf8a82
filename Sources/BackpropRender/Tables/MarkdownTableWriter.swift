/// GitHub-flavoured Markdown tables; number columns right-aligned, their minus signs those of
/// the equations (−).
package struct MarkdownTableWriter: TableWriter {
    package init() {}

    package func write(_ table: Table) -> String {
        var text = "| " + table.columns.map(\.header).joined(separator: " | ") + " |\n|"
        for column in table.columns { text += column.alignment == .decimal ? "---:|" : "---|" }
        text += "\n"
        for row in table.withTypographicMinus.rows {
            text += "| " + row.joined(separator: " | ") + " |\n"
        }
        text.removeLast()
        return text
    }
}
