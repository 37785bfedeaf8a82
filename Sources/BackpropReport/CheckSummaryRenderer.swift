import BackpropCheck
import BackpropRender

/// Writes a table with one row per answers file, for checking a whole class at once.
public struct CheckSummaryRenderer: Sendable {
    /// Colour, or none.
    public let style: TextStyle

    /// A renderer with `style`.
    public init(style: TextStyle) { self.style = style }

    /// The table and a closing count, ending in a newline.
    public func render(_ outcomes: [CheckOutcome]) -> String {
        let header = ["file", "right", "wrong", "unknown", "blank", "first mistake"]
        var rows: [[String]] = []
        var clean = 0, withMistakes = 0, unreadable = 0
        for outcome in outcomes {
            switch outcome {
            case let .checked(report):
                let score = report.score
                var first = "-"
                if let mistake = report.firstMistake {
                    first = "\(mistake.verdict.name) (line \(mistake.verdict.answer.line))"
                    if let slip = mistake.diagnosis?.slip { first += ": \(slip.rawValue)" }
                }
                rows.append([
                    report.source, "\(score.right)/\(score.judged)", "\(score.wrong)",
                    "\(score.unknown)", "\(score.blank)", first,
                ])
                if report.needsAttention { withMistakes += 1 } else { clean += 1 }
            case let .unreadable(source, message):
                rows.append([source, "unreadable: \(message)"])
                unreadable += 1
            }
        }
        var widths = header.map(\.count)
        for row in rows where row.count == header.count {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        var text = style.bold(line(header, widths)) + "\n"
        for row in rows {
            text += (row.count == header.count ? line(row, widths) : line(row, widths.prefix(1) + [0])) + "\n"
        }
        text += "\n\(outcomes.count) files: \(clean) without mistakes, \(withMistakes) with mistakes"
        if unreadable > 0 { text += ", \(unreadable) unreadable" }
        return text + ".\n"
    }

    private func line(_ cells: [String], _ widths: [Int]) -> String {
        var text = ""
        for (column, cell) in cells.enumerated() {
            let last = column == cells.count - 1
            text += last ? cell : cell + String(repeating: " ", count: max(0, widths[column] - cell.count) + 2)
        }
        return text
    }
}
