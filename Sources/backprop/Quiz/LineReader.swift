import Foundation

/// Reads standard input a line at a time, as the lines arrive (a person typing, or a script
/// piping answers), keeping at most `limit` bytes of each line: the rest of a longer line is
/// read and dropped, so no input can make it hold more.
final class LineReader {
    private let descriptor: Int32
    private let limit: Int
    private var buffer: [UInt8] = []
    private var atEnd = false

    /// A reader of `descriptor` that keeps `limit` bytes of a line (and one more, so that a
    /// longer line can be told from one of exactly `limit`).
    init(descriptor: Int32 = STDIN_FILENO, limit: Int) {
        self.descriptor = descriptor
        self.limit = limit
    }

    /// The next line without its line break (a final line without one too); nil at the end.
    func next() throws(InputError) -> String? {
        var line: [UInt8] = []
        var dropping = false
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                if !dropping { line += buffer[..<newline] }
                buffer.removeSubrange(...newline)
                return Self.text(line, limit: limit)
            }
            if !dropping { line += buffer }
            buffer.removeAll(keepingCapacity: true)
            if line.count > limit {
                line.removeSubrange((limit + 1)...)
                dropping = true
            }
            if atEnd { return line.isEmpty && !dropping ? nil : Self.text(line, limit: limit) }
            try fill()
        }
    }

    private func fill() throws(InputError) {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                buffer += chunk[..<count]
                return
            }
            if count == 0 {
                atEnd = true
                return
            }
            if errno == EINTR { continue }
            throw InputError(
                kind: .unreadable, path: "standard input",
                reason: "cannot be read: " + SystemCallError(errno).phrase
            )
        }
    }

    private static func text(_ bytes: [UInt8], limit: Int) -> String {
        var bytes = bytes.prefix(limit + 1)
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
