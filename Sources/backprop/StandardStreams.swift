import BackpropSupport
import Foundation

/// Writes to standard error; a failure there has nowhere to be reported.
func writeError(_ text: String) {
    _ = WritableFile(descriptor: STDERR_FILENO, chunkDelay: nil).write(text)
}

/// A one-line note on standard error: something the user may want to know, not a failure.
/// On a terminal it is wrapped to the terminal's width, continuation lines indented, like the
/// text format on standard output.
func writeNote(_ text: String) {
    let first = "backprop: note: "
    guard let columns = TerminalSize.columns(of: STDERR_FILENO) else { return writeError(first + text + "\n") }
    let rest = String(repeating: " ", count: first.count)
    writeError(Wrapping.lines(text, width: max(columns, first.count + 20), first: first, rest: rest) + "\n")
}

/// Writes to standard output; a failure (a closed pipe, a full disk) is EX_IOERR.
func writeOutput(_ text: String) throws(OutputError) {
    if let error = WritableFile(descriptor: STDOUT_FILENO, chunkDelay: nil).write(text) {
        throw OutputError(.ioError, path: "standard output", code: error.code)
    }
}
