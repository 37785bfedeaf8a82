import BackpropCheck
import BackpropRender

/// Writes a quiz session as a filled-in worksheet, atomically, over the same file each time.
struct QuizSaver {
    /// Where, as the user named it.
    let path: String
    let settings: OutputSettings
    let force: Bool
    /// The worksheet the answers are written into, with its header.
    let worksheet: WorksheetRenderer

    /// Writes `session`'s answers: each answer's value as typed, each revealed term empty with
    /// the remark `revealed: VALUE`.
    func save(_ session: QuizSession) throws(OutputError) {
        var filled: [Int: WorksheetRenderer.Filling] = [:]
        for (term, entry) in session.entries {
            switch entry {
            case let .answered(number):
                filled[term] = .init(value: number.text)
            case .revealed:
                let value = NumberFormat.standard.string(session.trace.terms[term].value)
                filled[term] = .init(value: "", remark: "\(QuizResume.revealed) \(value)")
            }
        }
        try OutputWriter(path: path, settings: settings, force: force)
            .write(worksheet.render(session.trace, filled: filled))
    }
}
