import BackpropCheck
import BackpropRender

/// Writes a table with one row per answers file, for checking a whole class at once.
package struct CheckSummaryRenderer: Sendable {
    /// Colour, or none.
    package let style: TextStyle
    /// How the options the summary mentions are spelled.
    package let options: OptionNames

    /// A renderer with `style`.
    package init(style: TextStyle, options: OptionNames) {
        self.style = style
        self.options = options
    }

    /// The table and a closing count, ending in a newline.
    package func render(_ outcomes: [CheckOutcome]) -> String {
        let header = [
            "file", "right", "wrong", "slips", "imprecise", "unreadable", "unknown", "blank",
            "first mistake", "note",
        ]
        var rows: [[String]] = []
        var clean = 0, withMistakes = 0, blank = 0, unreadable = 0
        var forReference: [String] = []
        for (outcome, notes) in zip(outcomes, SheetNote.notes(outcomes)) {
            switch outcome {
            case let .checked(sheet):
                let report = sheet.report
                let score = report.score
                var first = "-"
                if let mistake = report.firstMistake {
                    first = "\(mistake.verdict.name) (line \(mistake.verdict.answer.line))"
                    if let slip = mistake.diagnosis?.slip { first += ": \(slip.rawValue)" }
                }
                rows.append([
                    UnreadableText.quoted(report.source), "\(report.points)/\(report.asked)",
                    "\(score.wrong)", "\(report.distinctMistakes)", "\(score.imprecise)",
                    "\(score.unreadable)", "\(score.unknown)", "\(score.blank)", first,
                    notes.isEmpty ? "-" : SheetNote.cell(notes),
                ])
                if report.isBlank {
                    blank += 1
                } else if report.needsAttention {
                    withMistakes += 1
                } else {
                    clean += 1
                }
                if sheet.mayBeForAnotherNetwork, !notes.contains(.noWorksheetHeader) {
                    forReference.append(UnreadableText.quoted(report.source))
                }
            case let .unreadable(source, message):
                rows.append([UnreadableText.quoted(source), "unreadable: \(message)"])
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
        if blank > 0 { text += ", \(blank) blank" }
        if unreadable > 0 { text += ", \(unreadable) unreadable" }
        text += ".\n"
        if !forReference.isEmpty {
            let files = forReference.count <= 3
                ? forReference.joined(separator: ", ")
                : forReference.prefix(3).joined(separator: ", ") + " and \(forReference.count - 3) more"
            text += "\(files) record\(forReference.count == 1 ? "s" : "") no network and "
                + "\(forReference.count == 1 ? "was" : "were") checked against the reference "
                + "network. Made for another network? Give check its numbers (\(options.networkValues)).\n"
        }
        return text
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
