import Foundation

/// A set of files written so that it appears whole or not at all: each is written to a
/// temporary file beside its target, and all are renamed into place only once every one is
/// written.
struct StagedExport {
    private var staged: [(temporary: String, target: String)] = []
    /// Folders this export created, outermost first.
    private var createdFolders: [String] = []

    /// Creates the target's folder if needed and writes `bytes` to a temporary file beside it.
    mutating func stage(_ bytes: [UInt8], for target: URL) throws(TemplateLibraryError) {
        try makeFolder(target.deletingLastPathComponent().path)
        let temporary = target.deletingLastPathComponent()
            .appending(path: ".\(target.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(target.path) }
        staged.append((temporary, target.path))
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { throw failure(target.path) }
            offset += count
        }
    }

    /// Renames every staged file into place.
    mutating func commit() throws(TemplateLibraryError) {
        while let (temporary, target) = staged.first {
            guard rename(temporary, target) == 0 else { throw failure(target) }
            staged.removeFirst()
        }
        createdFolders = []
    }

    /// Removes the staged files not yet renamed and the folders made for them.
    mutating func rollBack() {
        for (temporary, _) in staged { unlink(temporary) }
        staged = []
        for folder in createdFolders.reversed() { rmdir(folder) }
        createdFolders = []
    }

    private mutating func makeFolder(_ path: String) throws(TemplateLibraryError) {
        guard !path.isEmpty, path != "/" else { return }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .writeFailed(path: path, reason: "it is not a folder")
            }
            return
        }
        try makeFolder((path as NSString).deletingLastPathComponent)
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path) }
        createdFolders.append(path)
    }

    private func failure(_ path: String) -> TemplateLibraryError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}
