import BackpropCheck

/// What became of one answers file when several are checked at once.
package enum CheckOutcome: Sendable {
    /// It was read and judged.
    case checked(CheckedSheet)
    /// It could not be read; `message` is the error's one-line message.
    case unreadable(source: String, message: String)

    /// The file, as the user named it.
    package var source: String {
        switch self {
        case let .checked(sheet): return sheet.report.source
        case let .unreadable(source, _): return source
        }
    }
}
