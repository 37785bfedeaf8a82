import Foundation

/// Writes all of `text` to a file descriptor, retrying short writes; false if it failed.
@discardableResult
func writeAll(_ text: String, to descriptor: Int32) -> Bool {
    var copy = text
    return copy.withUTF8 { bytes -> Bool in
        guard var base = bytes.baseAddress else { return true }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, base, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            remaining -= written
            base += written
        }
        return true
    }
}

/// Writes to standard error.
func writeError(_ text: String) {
    writeAll(text, to: STDERR_FILENO)
}
