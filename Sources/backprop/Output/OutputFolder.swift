import Foundation

/// A folder a set of files is written to (`exercise --out-dir`, `templates export`), so that the
/// set appears whole or not at all.
///
/// Every file is first written into a temporary folder (`.NAME.backprop-tmp-XXXXXX`); only when
/// all are complete does the set move into place. A new folder arrives in one rename, made
/// beside it (in the nearest folder that exists); into an existing folder the files are moved
/// one by one, and a failed move puts back the files already moved, so the folder is as before.
struct OutputFolder {
    /// The folder as the user named it.
    let path: String
    let settings: OutputSettings

    /// One file of the set: its path inside the folder (`markdown/summary.md`) and contents.
    struct File {
        let name: String
        let contents: String
    }

    /// The names in the folder; empty when it does not exist yet.
    /// - Throws: when something other than a folder is in the way.
    func existingEntries() throws(OutputError) -> [String] {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { return [] }
            throw OutputError(.cannotCreate, path: path, code: errno)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(.cannotCreate, path: path, reason: "is a file, not a folder")
        }
        return (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    }

    /// Refuses a folder that has entries already, unless `force` (`--force`).
    func requireEmpty(unlessForced force: Bool) throws(OutputError) {
        let existing = try existingEntries()
        guard !existing.isEmpty, !force else { return }
        throw OutputError(
            .cannotCreate, path: path,
            reason: "the folder is not empty (\(existing.count) entr\(existing.count == 1 ? "y" : "ies")); use --force to write into it"
        )
    }

    /// Writes the set; files of the same name already in the folder are replaced.
    ///
    /// `announce` runs once the set is complete but before it moves into place (to report what
    /// is written); if it fails, nothing is moved.
    func write(
        _ files: [File], announcing announce: () throws(OutputError) -> Void = {}
    ) throws(OutputError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw OutputError(.cannotCreate, path: path, reason: "is a file, not a folder")
            }
            try writeIntoExisting(files, announce)
            return
        }
        guard errno == ENOENT else { throw OutputError(.cannotCreate, path: path, code: errno) }
        try writeNew(files, announce)
    }

    /// A new folder: staged beside its first missing ancestor, which one rename puts in place.
    private func writeNew(
        _ files: [File], _ announce: () throws(OutputError) -> Void
    ) throws(OutputError) {
        var missing: [String] = []
        var existing = path
        var info = stat()
        while stat(existing, &info) != 0 {
            guard errno == ENOENT, lstat(existing, &info) != 0 else {
                throw OutputError(.cannotCreate, path: path, reason: "is a broken symbolic link or not reachable")
            }
            let name = Paths.lastComponent(of: existing)
            guard !name.isEmpty, name != ".", name != ".." else {
                throw OutputError(.cannotCreate, path: path, reason: "no such directory")
            }
            missing.insert(name, at: 0)
            existing = Paths.parent(of: existing)
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(.cannotCreate, path: path, reason: "\(existing) is not a folder")
        }
        let staging = try makeStaging(named: missing[0], in: existing)
        defer { staging.discard() }
        let inner = missing.dropFirst().reduce(staging.path) { Paths.join($0, $1) }
        try writeFiles(files, into: inner)
        try announce()
        let final = Paths.join(existing, missing[0])
        try settings.temporaryItems.committing { (placed: inout [TemporaryItems.Token]) throws(OutputError) in
            guard rename(staging.path, final) == 0 else {
                throw OutputError(.cannotCreate, path: path, code: errno)
            }
            placed.append(staging.committed())
        }
    }

    /// An existing folder: staged inside it (the same file system), then moved file by file.
    private func writeIntoExisting(
        _ files: [File], _ announce: () throws(OutputError) -> Void
    ) throws(OutputError) {
        let staging = try makeStaging(named: Paths.lastComponent(of: path), in: path)
        defer { staging.discard() }
        try writeFiles(files, into: staging.path)
        try announce()
        try settings.temporaryItems.committing { (_: inout [TemporaryItems.Token]) throws(OutputError) in
            var moves = FileMoves(backupFolder: staging.path)
            for file in files {
                let target = Paths.join(path, file.name)
                do throws(SystemCallError) {
                    try moves.move(Paths.join(staging.path, file.name), to: target)
                } catch {
                    moves.undo()
                    throw OutputError(.cannotCreate, path: target, code: error.code)
                }
            }
        }
    }

    private func writeFiles(_ files: [File], into folder: String) throws(OutputError) {
        for file in files {
            let target = Paths.join(folder, file.name)
            let shown = Paths.join(path, file.name)
            let subfolder = Paths.parent(of: target)
            do {
                try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
            } catch {
                throw OutputError(.ioError, path: shown, reason: (error as NSError).localizedDescription)
            }
            switch WritableFile.create(target, chunkDelay: settings.chunkDelay) {
            case let .success(handle):
                let failure = handle.write(file.contents)
                let closing = handle.close()
                if let error = failure ?? closing {
                    throw OutputError(.ioError, path: shown, code: error.code)
                }
            case let .failure(error):
                throw OutputError(.ioError, path: shown, code: error.code)
            }
        }
    }

    private func makeStaging(named name: String, in folder: String) throws(OutputError) -> Staging {
        for _ in 0..<100 {
            let candidate = TemporaryName.beside(name, in: folder)
            let made = settings.temporaryItems.add(candidate) { () -> Result<Void, SystemCallError> in
                mkdir(candidate, 0o777) == 0 ? .success(()) : .failure(SystemCallError(errno))
            }
            let code: Int32
            switch made {
            case let .success((_, token)):
                return Staging(path: candidate, token: token, items: settings.temporaryItems)
            case let .failure(error):
                code = error.code
            }
            if code != EEXIST {
                throw OutputError(
                    .cannotCreate, path: path,
                    reason: "\(SystemCallError(code).phrase) (creating a folder in \(folder))"
                )
            }
        }
        throw OutputError(.cannotCreate, path: path, reason: "cannot find a free temporary name in \(folder)")
    }
}

/// The temporary folder a set is written into, removed unless it became the set.
private final class Staging {
    let path: String
    private let token: TemporaryItems.Token
    private let items: TemporaryItems
    private var isCommitted = false

    init(path: String, token: TemporaryItems.Token, items: TemporaryItems) {
        self.path = path
        self.token = token
        self.items = items
    }

    /// The folder was renamed into place: nothing to remove. Returns its token, to forget.
    func committed() -> TemporaryItems.Token {
        isCommitted = true
        return token
    }

    func discard() {
        guard !isCommitted else { return }
        try? FileManager.default.removeItem(atPath: path)
        items.forget(token)
    }
}
