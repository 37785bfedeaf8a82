import Foundation

/// Where a command's result goes: standard output, or a file replaced atomically.
struct OutputWriter {
    /// The file to write, or nil for standard output.
    let path: String?

    /// Writes `text` in one piece. A file is written beside its destination and renamed over it,
    /// so an existing file is replaced only when the new one is complete.
    func write(_ text: String) throws(OutputError) {
        guard path != nil else {
            try Self.writeStandardOutput(text)
            return
        }
        try write(Data(text.utf8))
    }

    /// Writes `data` in one piece, to the file atomically as ``write(_:)-(String)`` does.
    func write(_ data: Data) throws(OutputError) {
        guard let path else {
            try Self.writeStandardOutput(String(decoding: data, as: UTF8.self))
            return
        }
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputError(kind: .cannotCreate, path: path, reason: "is a directory")
        }
        let folder = url.deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder.isEmpty ? "." : folder) else {
            throw OutputError(kind: .cannotCreate, path: path, reason: "no such directory")
        }
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            let reason = (error as NSError).localizedFailureReason ?? "cannot write"
            throw OutputError(kind: .cannotCreate, path: path, reason: reason)
        }
    }

    private static func writeStandardOutput(_ text: String) throws(OutputError) {
        guard writeAll(text, to: STDOUT_FILENO) else {
            throw OutputError(kind: .ioError, path: "standard output", reason: String(cString: strerror(errno)))
        }
    }
}

/// Reads input files, telling a missing file (66) from one that is there but unreadable.
enum InputReader {
    static func bytes(_ path: String) throws(MissingInputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MissingInputError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw MissingInputError(path: path, reason: "is a directory") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MissingInputError(path: path, reason: "cannot be read")
        }
        return [UInt8](data)
    }
}
