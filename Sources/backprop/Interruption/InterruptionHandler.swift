import Foundation
import Synchronization

/// Catches SIGINT, SIGTERM and SIGHUP: removes the run's temporary items and exits with the
/// conventional status 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
///
/// While a ``StopRequest`` listens, a first SIGINT only asks the run to stop after its step.
/// A signal the process was started with ignored (`nohup`, a background job) stays ignored.
///
/// No signal is lost: the handler is installed before anything else happens and never passes
/// through `SIG_IGN`. It only writes the signal's number into a pipe (all a signal handler may
/// safely do); a thread of its own reads the pipe and does the cleaning up. A signal arriving
/// before the handler is installed, in the process's first microseconds, ends it by the
/// signal's default action, before it has made anything. One that the parent left blocked is
/// unblocked once the handler is in place, and a pending one is then handled.
struct InterruptionHandler {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private let items: TemporaryItems

    /// Starts handling; keep the handler alive for as long as the run lasts.
    init(removing items: TemporaryItems, stop: StopRequest) {
        self.items = items
        guard let pipe = SignalPipe.descriptors else { return }
        let reader = Thread {
            while let number = SignalPipe.next(from: pipe.read) {
                if number == SIGINT, stop.request() {
                    SignalPipe.pending.store(0, ordering: .sequentiallyConsistent)
                    continue
                }
                items.removeAllAndExit(status: 128 + number)
            }
        }
        reader.start()
        for number in Self.signals {
            var previous = sigaction()
            guard sigaction(number, nil, &previous) == 0, !Self.isIgnore(previous) else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = SignalPipe.handler
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            sigaction(number, &action, nil)
        }
        // A parent may start us with them blocked (a thread of a program that spawns us).
        var handled = sigset_t()
        sigemptyset(&handled)
        for number in Self.signals { sigaddset(&handled, number) }
        pthread_sigmask(SIG_UNBLOCK, &handled, nil)
    }

    /// Ends the process with `status`, the command's, unless a signal came that is not yet acted
    /// on: then as that signal would (nothing left behind, 128 + its number). The check is made
    /// under the lock of the temporary items, so a signal is either seen here or comes after
    /// the command ended.
    func exit(_ status: Int32) -> Never {
        items.exit(status: status) {
            let number = SignalPipe.pending.load(ordering: .sequentiallyConsistent)
            return number == 0 ? nil : 128 + number
        }
    }

    private static func isIgnore(_ action: sigaction) -> Bool {
        guard let handler = action.__sigaction_handler.sa_handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}

/// The pipe from the signal handler to the thread that acts on the signal.
private enum SignalPipe {
    /// Made once, before the handler is installed, so the handler only reads it.
    static let descriptors: (read: Int32, write: Int32)? = {
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return nil }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return (ends[0], ends[1])
    }()

    /// The last signal caught and not yet turned into a stop request, or 0.
    static let pending = Atomic<Int32>(0)

    /// Notes the signal and writes its number into the pipe; nothing else, as a signal handler
    /// must.
    static let handler: @convention(c) (Int32) -> Void = { number in
        let saved = errno
        pending.store(number, ordering: .sequentiallyConsistent)
        var byte = UInt8(truncatingIfNeeded: number)
        if let pipe = descriptors { _ = write(pipe.write, &byte, 1) }
        errno = saved
    }

    /// The next signal's number, waiting for it; nil if the pipe failed.
    static func next(from descriptor: Int32) -> Int32? {
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return Int32(byte) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }
}
