import Foundation

/// Renames that can be undone: each file moved into place is remembered, and a file it replaced
/// is first kept as a hard link in `backupFolder`, so ``undo()`` restores the folder as it was.
struct FileMoves {
    let backupFolder: String
    private var done: [(from: String, to: String, backup: String?)] = []
    private var createdFolders: [String] = []

    init(backupFolder: String) {
        self.backupFolder = backupFolder
    }

    /// Moves `source` to `target`, making the folders it needs.
    mutating func move(_ source: String, to target: String) throws(SystemCallError) {
        try makeFolders(for: target)
        var info = stat()
        var backup: String?
        if lstat(target, &info) == 0 {
            let name = Paths.join(backupFolder, ".replaced-\(done.count)")
            if link(target, name) == 0 { backup = name }
        }
        guard rename(source, target) == 0 else {
            let code = errno
            if let backup { unlink(backup) }
            throw SystemCallError(code)
        }
        done.append((source, target, backup))
    }

    /// Puts every moved file back where it came from and every replaced file back in place.
    mutating func undo() {
        for move in done.reversed() {
            if let backup = move.backup {
                rename(backup, move.to)
            } else {
                rename(move.to, move.from)
            }
        }
        for folder in createdFolders.reversed() { rmdir(folder) }
        done = []
        createdFolders = []
    }

    private mutating func makeFolders(for target: String) throws(SystemCallError) {
        var missing: [String] = []
        var folder = Paths.parent(of: target)
        var info = stat()
        while stat(folder, &info) != 0 {
            guard errno == ENOENT, folder != ".", folder != "/" else { throw SystemCallError(errno) }
            missing.insert(folder, at: 0)
            folder = Paths.parent(of: folder)
        }
        for folder in missing {
            guard mkdir(folder, 0o777) == 0 else { throw SystemCallError(errno) }
            createdFolders.append(folder)
        }
    }
}
