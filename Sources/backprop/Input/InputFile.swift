import Foundation

/// Reads an input file whole: a path, `-` for standard input, or a stream such as `/dev/stdin`
/// or a process substitution's `/dev/fd/63`, up to ``maximumSize`` bytes.
enum InputFile {
    /// The largest input read: room for a network file of the most weights backprop traces,
    /// written at full precision, and for a filled-in worksheet of a large network.
    static let maximumSize = 256 * 1024 * 1024
    static let maximumSizeText = "256 MiB"

    /// Whether `path` names standard input: `-`, `/dev/stdin`, `/dev/fd/0`,
    /// `/proc/self/fd/0`, or a symbolic link leading to one of them. At most one input of a
    /// command may name it.
    static func isStandardInput(_ path: String) -> Bool {
        let names = ["-", "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]
        var current = path
        for _ in 0..<40 {
            if names.contains(current) { return true }
            guard let destination = Paths.linkDestination(of: current) else { return false }
            current = destination
        }
        return false
    }

    /// The file as messages name it: `standard input` for `-`.
    static func displayName(_ path: String) -> String {
        path == "-" ? "standard input" : path
    }

    /// The bytes of `path`. When standard input is read from a terminal, a note says so, so
    /// that a waiting prompt is not mistaken for a hang.
    static func read(_ path: String, environment: Environment) throws(InputError) -> [UInt8] {
        let name = displayName(path)
        if isStandardInput(path), environment.standardInputIsTerminal {
            writeNote("reading \(name) from the terminal; end it with Ctrl-D")
        }
        if path == "-" { return try readAll(STDIN_FILENO, name: name) }
        var info = stat()
        guard stat(path, &info) == 0 else {
            let code = errno
            throw InputError(
                kind: code == ENOENT ? .missing : .unreadable, path: name,
                reason: code == ENOENT ? "no such file" : SystemCallError(code).phrase
            )
        }
        if info.st_mode & S_IFMT == S_IFDIR {
            throw InputError(kind: .unreadable, path: name, reason: "is a directory")
        }
        let descriptor = open(path, O_RDONLY | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw InputError(kind: .unreadable, path: name, reason: SystemCallError(errno).phrase)
        }
        defer { close(descriptor) }
        return try readAll(descriptor, name: name)
    }

    private static func readAll(_ descriptor: Int32, name: String) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { return bytes }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputError(kind: .unreadable, path: name, reason: "cannot be read: " + SystemCallError(errno).phrase)
            }
            guard bytes.count + count <= maximumSize else {
                throw InputError(
                    kind: .tooLarge, path: name,
                    reason: "larger than \(maximumSizeText), the most backprop reads from one input"
                )
            }
            bytes.append(contentsOf: chunk[..<count])
        }
    }
}
