import BackpropCheck
import Foundation

/// Writes a gradebook: one CSV row per answers file, with a header row. Fields are separated by
/// commas; a field with a comma, quote or line break is quoted, its quotes doubled (RFC 4180);
/// rows end in a line feed.
///
/// `score` is the points: the number of terms answered right (correct or following from the
/// student's own earlier values), plus a repeated slip's later lines under `--same-slip once`;
/// `max_score` is the number of terms the step asks for, so a term left out counts as not right.
/// `slips` counts the distinct mistakes; `note` flags a blank sheet, or a sheet without a
/// worksheet header in a class whose other sheets have one. A file that could not be read has empty counts and its
/// `error`.
package struct CheckCSVRenderer: Sendable {
    /// The columns, in order.
    package static let columns = [
        "file", "network", "score", "max_score", "correct", "carried", "wrong", "slips",
        "too_imprecise", "unreadable", "unknown", "repeated", "not_asked", "blank", "first_mistake",
        "first_mistake_line", "slip", "note", "error",
    ]

    /// A renderer.
    package init() {}

    /// The header row and one row per outcome, each ending in a line feed.
    package func render(_ outcomes: [CheckOutcome]) -> String {
        var text = Self.columns.joined(separator: ",") + "\n"
        for (outcome, notes) in zip(outcomes, SheetNote.notes(outcomes)) {
            var cells = Array(repeating: "", count: Self.columns.count)
            cells[0] = outcome.source
            switch outcome {
            case let .checked(sheet):
                let report = sheet.report
                let score = report.score
                cells[1] = CheckJSONRenderer.origin(sheet.origin)
                let counts = [
                    report.points, report.asked, score.correct, score.carried, score.wrong,
                    report.distinctMistakes, score.imprecise, score.unreadable, score.unknown,
                    score.duplicate, score.notAsked, score.blank,
                ]
                for (offset, count) in counts.enumerated() { cells[2 + offset] = String(count) }
                if let mistake = report.firstMistake {
                    cells[14] = mistake.verdict.name
                    cells[15] = String(mistake.verdict.answer.line)
                    cells[16] = mistake.diagnosis?.slip.rawValue ?? ""
                }
                cells[17] = SheetNote.cell(notes)
            case let .unreadable(_, message):
                cells[18] = message
            }
            text += cells.map(Self.field).joined(separator: ",") + "\n"
        }
        return text
    }

    /// A field, quoted when it must be.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
