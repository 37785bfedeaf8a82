import Foundation

/// Where a command's result goes (`-o`, `--pdf`), and how it is opened so that nothing at the
/// target changes until the result is complete.
///
/// - No path, `-`, `/dev/stdout`: standard output; `/dev/stderr`, `/dev/fd/N`: that descriptor.
/// - A new path or a regular file: written to a temporary file beside it, renamed over it on
///   commit. A symbolic link is followed and its target replaced; the link stays.
/// - A regular file without write permission: refused unless forced (`--force`).
/// - Anything else that is not a regular file (`/dev/null`, `/dev/full`, a named pipe, a
///   terminal): written directly, since it cannot be replaced.
/// - A folder, a path ending in `/`, a block device or a socket: refused.
enum OutputDestination: Equatable {
    /// An open descriptor: 1 for standard output.
    case descriptor(Int32, name: String)
    /// A path in the file system.
    case file(String)

    static let standardOutput = OutputDestination.descriptor(STDOUT_FILENO, name: "standard output")

    /// The destination an `-o` value names; nil (no `-o`) is standard output.
    init(_ argument: String?) {
        guard let argument else { self = .standardOutput; return }
        if let descriptor = Self.descriptor(named: argument) {
            self = descriptor == STDOUT_FILENO
                ? .standardOutput : .descriptor(descriptor, name: argument)
        } else {
            self = .file(argument)
        }
    }

    var isStandardOutput: Bool { self == .standardOutput }

    /// The destination as the user knows it, for messages.
    var name: String {
        switch self {
        case let .descriptor(_, name): return name
        case let .file(path): return path
        }
    }

    /// The descriptor a path such as `-`, `/dev/stdout` or `/dev/fd/3` stands for.
    static func descriptor(named path: String) -> Int32? {
        switch path {
        case "-", "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                return Int32(path.dropFirst(prefix.count))
            }
            return nil
        }
    }

    /// Checks the destination and opens it. Nothing is visible at a file's path until the
    /// handle is committed; an uncommitted handle removes its temporary file.
    func open(_ settings: OutputSettings, force: Bool = false) throws(OutputError) -> OutputHandle {
        switch self {
        case let .descriptor(descriptor, name):
            let flags = fcntl(descriptor, F_GETFL)
            guard flags >= 0, flags & O_ACCMODE != O_RDONLY else {
                throw OutputError(.cannotCreate, path: name, reason: "not open for writing")
            }
            return OutputHandle(
                file: WritableFile(descriptor: descriptor, chunkDelay: settings.chunkDelay),
                name: name, settings: settings, commitment: .none
            )
        case let .file(path):
            return try Self.openFile(path, settings: settings, force: force)
        }
    }

    private static func openFile(
        _ path: String, settings: OutputSettings, force: Bool
    ) throws(OutputError) -> OutputHandle {
        guard !path.hasSuffix("/") else {
            throw OutputError(.cannotCreate, path: path, reason: "ends with '/', so it names a folder; give a file name")
        }
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                guard let target = realPath(path) else {
                    throw OutputError(.cannotCreate, path: path, code: errno)
                }
                if !force, access(path, W_OK) != 0 || info.st_mode & 0o222 == 0 {
                    throw OutputError(.cannotCreate, path: path, reason: "the file is read-only (use --force to replace it)")
                }
                return try temporary(for: target, replacing: info, name: path, settings: settings)
            case S_IFDIR:
                throw OutputError(.cannotCreate, path: path, reason: "is a directory")
            case S_IFBLK:
                throw OutputError(.cannotCreate, path: path, reason: "is a block device; backprop does not write to disks")
            case S_IFSOCK:
                throw OutputError(.cannotCreate, path: path, reason: "is a socket")
            default:
                return try direct(path, settings: settings)
            }
        }
        guard errno == ENOENT else { throw OutputError(.cannotCreate, path: path, code: errno) }
        let target = try linkTarget(path)
        let folder = Paths.parent(of: target)
        var folderInfo = stat()
        guard stat(folder, &folderInfo) == 0, folderInfo.st_mode & S_IFMT == S_IFDIR else {
            throw OutputError(.cannotCreate, path: path, reason: "no such directory")
        }
        return try temporary(for: target, replacing: nil, name: path, settings: settings)
    }

    /// A temporary file beside `target`, with the mode and owner of the file it replaces.
    private static func temporary(
        for target: String, replacing existing: stat?, name: String, settings: OutputSettings
    ) throws(OutputError) -> OutputHandle {
        let folder = Paths.parent(of: target)
        let base = Paths.lastComponent(of: target)
        for _ in 0..<100 {
            let path = TemporaryName.beside(base, in: folder)
            let created = settings.temporaryItems.add(path) {
                WritableFile.create(path, chunkDelay: settings.chunkDelay)
            }
            switch created {
            case let .success((file, token)):
                if let existing {
                    fchmod(file.descriptor, existing.st_mode & 0o7777)
                    if geteuid() == 0 { _ = fchown(file.descriptor, existing.st_uid, existing.st_gid) }
                }
                return OutputHandle(
                    file: file, name: name, settings: settings,
                    commitment: .rename(from: path, to: target, token: token)
                )
            case let .failure(error):
                if error.code == EEXIST { continue }
                throw OutputError(
                    .cannotCreate, path: name,
                    reason: "\(SystemCallError(error.code).phrase) (creating a file in \(folder))"
                )
            }
        }
        throw OutputError(.cannotCreate, path: name, reason: "cannot find a free temporary name in \(folder)")
    }

    private static func direct(_ path: String, settings: OutputSettings) throws(OutputError) -> OutputHandle {
        let descriptor = Foundation.open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(.cannotCreate, path: path, code: errno) }
        return OutputHandle(
            file: WritableFile(descriptor: descriptor, chunkDelay: settings.chunkDelay),
            name: path, settings: settings, commitment: .close
        )
    }

    /// Where a chain of symbolic links ending in nothing leads: the file to create.
    private static func linkTarget(_ path: String) throws(OutputError) -> String {
        var current = path
        for _ in 0..<40 {
            var info = stat()
            guard lstat(current, &info) == 0, info.st_mode & S_IFMT == S_IFLNK else { return current }
            guard let destination = Paths.linkDestination(of: current) else {
                throw OutputError(.cannotCreate, path: path, code: errno)
            }
            current = destination
        }
        throw OutputError(.cannotCreate, path: path, code: ELOOP)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
