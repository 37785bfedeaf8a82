import Foundation

/// Writes to standard error; a failure there has nowhere to be reported.
func writeError(_ text: String) {
    _ = WritableFile(descriptor: STDERR_FILENO, chunkDelay: nil).write(text)
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
