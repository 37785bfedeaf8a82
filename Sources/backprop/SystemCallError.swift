import Foundation

/// A system call failed with `code` (an `errno` value).
struct SystemCallError: Error, Equatable {
    let code: Int32

    init(_ code: Int32) { self.code = code }

    /// The system's text for the code, as a phrase: `no space left on device`.
    var phrase: String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }
}
