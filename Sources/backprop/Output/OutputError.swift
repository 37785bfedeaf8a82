import Foundation

/// Output that could not be written.
struct OutputError: Error {
    enum Kind {
        /// The file could not be created where asked (missing folder, no permission, a
        /// read-only file, a folder in the way): EX_CANTCREAT.
        case cannotCreate
        /// Writing failed part-way (disk full, closed pipe): EX_IOERR.
        case ioError
    }

    let kind: Kind
    /// The destination as the user named it.
    let path: String
    let reason: String

    /// The error for the system call that failed with `code` (an `errno`).
    init(_ kind: Kind, path: String, code: Int32, doing action: String? = nil) {
        self.kind = kind
        self.path = path
        let system = SystemCallError(code).phrase
        reason = action.map { "\($0): \(system)" } ?? system
    }

    init(_ kind: Kind, path: String, reason: String) {
        self.kind = kind
        self.path = path
        self.reason = reason
    }
}
