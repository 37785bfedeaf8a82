import Foundation

/// Reading one override template file, safely whatever is at its path.
enum OverrideFile {
    /// The text of `file`, or nil if nothing is there.
    ///
    /// Only a regular file (or a link to one) is read, so a FIFO or a device cannot block or
    /// stream forever; at most `limit` + 1 bytes are read, so a huge file cannot fill memory.
    /// - Throws: `.library(.unreadableFile)` for a directory, another non-regular file, a read
    ///   error or text that is not UTF-8; `.template(.sourceTooLarge)` past `limit`.
    static func read(_ file: URL, limit: Int) throws(TemplateLoadError) -> String? {
        let path = file.path
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .library(.unreadableFile(path: path, reason: String(cString: strerror(errno))))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .library(.unreadableFile(path: path, reason: "it is a directory"))
        default: throw .library(.unreadableFile(path: path, reason: "not a regular file"))
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            data = try handle.read(upToCount: limit + 1) ?? Data()
        } catch {
            throw .library(.unreadableFile(path: path, reason: error.localizedDescription))
        }
        guard data.count <= limit else {
            throw .template(TemplateError(file: path, line: 1, column: 1,
                                          kind: .sourceTooLarge(limit: limit)))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .library(.unreadableFile(path: path, reason: "not valid UTF-8"))
        }
        return text
    }
}
