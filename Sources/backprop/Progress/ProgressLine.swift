import Foundation
import Synchronization

/// The one line of standard error that shows how far a long run has come, rewritten in place
/// (`\r`) and erased when the run ends, normally or by an interruption, so the terminal is left
/// as it was.
final class ProgressLine: Sendable {
    private let shown = Mutex(false)

    /// Replaces the line with `text`.
    func show(_ text: String) {
        shown.withLock { shown in
            writeError("\r\u{1B}[K" + text)
            shown = true
        }
    }

    /// Erases the line, if one is shown.
    func erase() {
        shown.withLock { shown in
            guard shown else { return }
            writeError("\r\u{1B}[K")
            shown = false
        }
    }
}
