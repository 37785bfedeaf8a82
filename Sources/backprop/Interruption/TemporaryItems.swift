import Foundation
import Synchronization

/// The temporary files and folders a run has made and the child processes it is waiting for,
/// so that an interrupted run can remove and stop them before it exits.
///
/// Output is committed (renamed into place) inside ``committing(_:)``, under the lock that
/// ``removeAllAndExit(status:)`` takes: an interruption comes either before a commit, which then
/// never happens, or after it, never in the middle.
final class TemporaryItems: Sendable {
    /// Identifies one registered item, to forget it once it is committed or removed.
    struct Token: Hashable, Sendable {
        fileprivate let id: Int
    }

    private struct State {
        var paths: [Int: String] = [:]
        var children: [Int: pid_t] = [:]
        var nextID = 0
        var farewell: String?
        var pager: pid_t?
        var terminal: termios?
    }

    private let state = Mutex(State())

    /// Registers `path` (a file or a folder, existing or about to be made) for removal.
    func add(_ path: String) -> Token {
        state.withLock { state in
            state.nextID += 1
            state.paths[state.nextID] = path
            return Token(id: state.nextID)
        }
    }

    /// Makes `path` with `make` and registers it, as one step for an interruption: it comes
    /// before (nothing is made: the process ends while this waits for the lock) or after (the
    /// path is registered, and removed), never between, so nothing is made that nobody removes.
    /// A path `make` failed to make is not registered.
    func add<Made, Failure: Error>(
        _ path: String, making make: () -> Result<Made, Failure>
    ) -> Result<(Made, Token), Failure> {
        state.withLock { state in
            make().map { made in
                state.nextID += 1
                state.paths[state.nextID] = path
                return (made, Token(id: state.nextID))
            }
        }
    }

    /// Registers a child process to stop.
    func addChild(_ process: pid_t) -> Token {
        state.withLock { state in
            state.nextID += 1
            state.children[state.nextID] = process
            return Token(id: state.nextID)
        }
    }

    /// Forgets an item without touching it.
    func forget(_ token: Token) {
        state.withLock { state in
            state.paths[token.id] = nil
            state.children[token.id] = nil
        }
    }

    /// Runs `body` (the renames that make output visible) so that no interruption cleans up
    /// half-way through it. The tokens `body` appends to its argument, of items that are in
    /// place now, are forgotten, even when it throws.
    func committing<Failure: Error>(_ body: (inout [Token]) throws(Failure) -> Void) throws(Failure) {
        try state.withLock { (state: inout State) throws(Failure) -> Void in
            var placed: [Token] = []
            defer {
                for token in placed { state.paths[token.id] = nil }
            }
            try body(&placed)
        }
    }

    /// Sets the line an interruption writes on standard error before exiting (nil for none):
    /// where an interactive command left its work.
    func setFarewell(_ text: String?) {
        state.withLock { $0.farewell = text }
    }

    /// Registers the pager standard output goes to, which the run waits for before it exits.
    func setPager(_ process: pid_t) {
        state.withLock { $0.pager = process }
    }

    /// Registers the settings of the terminal on standard input to restore on an interruption
    /// (the line editor changes them while it reads); nil when they are restored already.
    func setTerminal(_ settings: termios?) {
        state.withLock { $0.terminal = settings }
    }

    /// Ends the text for the pager and waits until the user quits it; nothing without a pager.
    func finishPaging() {
        state.withLock { Self.finishPaging(&$0) }
    }

    private static func finishPaging(_ state: inout State) {
        guard let pager = state.pager else { return }
        state.pager = nil
        close(STDOUT_FILENO)
        var status: Int32 = 0
        while waitpid(pager, &status, 0) < 0, errno == EINTR {}
    }

    /// Stops every child, removes every registered path, writes the farewell and exits with
    /// `status`. Holds the lock until the process is gone, so nothing can be committed after it
    /// started.
    func removeAllAndExit(status: Int32) -> Never {
        state.withLock { state in Self.removeAllAndExit(&state, status: status) }
    }

    private static func removeAllAndExit(_ state: inout State, status: Int32) -> Never {
        for child in state.children.values { kill(child, SIGKILL) }
        for path in state.paths.values { remove(path) }
        if let farewell = state.farewell {
            _ = WritableFile(descriptor: STDERR_FILENO, chunkDelay: nil).write(farewell)
        }
        if var terminal = state.terminal { tcsetattr(STDIN_FILENO, TCSANOW, &terminal) }
        // As git does: the pager keeps the terminal until the user quits it.
        finishPaging(&state)
        _exit(status)
    }

    /// Ends the process as the command ended it, with `status`, or, when `interruption` gives
    /// a status (a signal came), as ``removeAllAndExit(status:)`` does. Holds the lock and ends
    /// at once (`_exit`, after flushing standard output), so a signal is either seen here or
    /// comes when nothing of the process is left to run.
    func exit(status: Int32, unless interruption: () -> Int32?) -> Never {
        fflush(nil)
        state.withLock { state -> Never in
            if let interrupted = interruption() { Self.removeAllAndExit(&state, status: interrupted) }
            _exit(status)
        }
    }

    /// Removes `path` and everything under it; retries for a moment while a child that was just
    /// killed may still be closing files in it.
    private static func remove(_ path: String) {
        for _ in 0..<50 {
            var info = stat()
            guard lstat(path, &info) == 0 else { return }
            try? FileManager.default.removeItem(atPath: path)
            if lstat(path, &info) != 0 { return }
            usleep(20_000)
        }
    }
}
