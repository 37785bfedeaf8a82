import Foundation
import Testing

/// Runs `backprop` with a pseudo-terminal as its standard input, output and error, the way it
/// runs in a terminal window: for what it does only there (the pager, line editing).
struct PseudoTerminal {
    struct Result {
        let status: Int32
        /// Everything the terminal showed, with the terminal's `\r\n` made `\n`.
        let screen: String
    }

    /// Runs `backprop arguments…` on a terminal of `columns` × `rows`, with `environment` added
    /// to a clean one, typing `keys` (each string a burst, sent after a pause).
    static func run(
        _ arguments: [String], environment: [String: String] = [:], keys: [String] = [],
        columns: UInt16 = 80, rows: UInt16 = 200, in directory: URL? = nil
    ) throws -> Result {
        // posix_openpt, unlockpt and ptsname, which Swift's Glibc module leaves out, as the
        // Linux ioctls they are: TIOCSPTLCK unlocks, TIOCGPTN gives the /dev/pts number.
        // Both ends close-on-exec, and the child spawned here rather than by Foundation's
        // Process: other tests spawn processes at the same time, and neither they nor
        // Foundation may inherit or close these descriptors.
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        try #require(master >= 0)
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        try #require(ioctl(master, 0x4004_5431, &unlock) == 0 && ioctl(master, 0x8004_5430, &number) == 0)
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY | O_CLOEXEC)
        try #require(slave >= 0)
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &size)

        var variables = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "TERM": "dumb",
        ]
        variables.merge(environment) { $1 }
        let folder = directory?.path ?? FileManager.default.currentDirectoryPath
        let words = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder, BackpropProcess.executable.path] + arguments
        let argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        let pairs = variables.map { "\($0.key)=\($0.value)" }
        let envp: [UnsafeMutablePointer<CChar>?] = pairs.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_adddup2(&actions, slave, target)
        }
        var child: pid_t = 0
        let spawned = posix_spawn(&child, "/bin/sh", &actions, nil, argv, envp)
        close(slave)
        try #require(spawned == 0)

        let group = DispatchGroup()
        nonisolated(unsafe) var screen = Data()
        group.enter()
        DispatchQueue.global().async {
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = read(master, &buffer, buffer.count)
                if count > 0 { screen.append(contentsOf: buffer[..<count]); continue }
                if count < 0, errno == EINTR { continue }
                break  // EIO: every process holding the terminal has ended
            }
            group.leave()
        }
        for key in keys {
            usleep(300_000)
            _ = key.utf8CString.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count - 1) }
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0, errno == EINTR {}
        _ = group.wait(timeout: .now() + 10)
        let text = String(decoding: screen, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        // The exit status, or 128 + the signal that ended it.
        let exited = status & 0x7F == 0
        return Result(status: exited ? (status >> 8) & 0xFF : 128 + status & 0x7F, screen: text)
    }
}
