import Foundation

/// Writes all of `text` to a file descriptor, retrying short writes; false if it failed.
@discardableResult
func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    WritableFile(descriptor: descriptor, chunkDelay: nil).write(text) == nil
}

/// Writes to standard error.
func writeError(_ text: String) {
    writeAll(text, to: STDERR_FILENO)
}

/// A one-line note on standard error: something the user may want to know, not a failure.
func writeNote(_ text: String) {
    writeError("backprop: note: \(text)\n")
}

/// Writes to standard output; a failure (a closed pipe, a full disk) is EX_IOERR.
func writeOutput(_ text: String) throws(OutputError) {
    if let error = WritableFile(descriptor: STDOUT_FILENO, chunkDelay: nil).write(text) {
        throw OutputError(.ioError, path: "standard output", code: error.code)
    }
}
