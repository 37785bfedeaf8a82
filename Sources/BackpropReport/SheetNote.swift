import BackpropCheck

/// What a class's table, CSV and JSON say of a sheet beside its marks: things an instructor
/// must see in the sheet's own row, not in a footnote.
package enum SheetNote: String, Sendable, Equatable {
    /// No value is written in it (an empty file, or a worksheet handed in blank).
    case blankSheet = "blank sheet"
    /// It has no worksheet header while other sheets of the class have one: it was checked
    /// against the command line's network (or the reference), perhaps not its own.
    case noWorksheetHeader = "no worksheet header"

    /// The notes of each outcome, in order: a sheet's are judged against the whole class.
    package static func notes(_ outcomes: [CheckOutcome]) -> [[SheetNote]] {
        let classHasHeaders = outcomes.contains {
            if case let .checked(sheet) = $0 { return sheet.origin == .worksheet }
            return false
        }
        return outcomes.map { outcome in
            guard case let .checked(sheet) = outcome else { return [] }
            var notes: [SheetNote] = []
            if sheet.report.isBlank { notes.append(.blankSheet) }
            if classHasHeaders, sheet.origin != .worksheet { notes.append(.noWorksheetHeader) }
            return notes
        }
    }

    /// The notes as one cell: `blank sheet; no worksheet header`.
    static func cell(_ notes: [SheetNote]) -> String {
        notes.map(\.rawValue).joined(separator: "; ")
    }
}
