import Foundation

/// Asks the terminal how wide it is.
enum TerminalSize {
    /// The width in columns of the terminal `descriptor` refers to; nil when it is no terminal
    /// or reports no width.
    static func columns(of descriptor: Int32) -> Int? {
        guard isatty(descriptor) == 1 else { return nil }
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
