import Dispatch
import Foundation

/// Catches SIGINT, SIGTERM and SIGHUP: removes the run's temporary items and exits with the
/// conventional status 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
///
/// While a ``StopRequest`` listens, a first SIGINT only asks the run to stop after its step.
/// A signal the process was started with ignored (`nohup`, a background job) stays ignored.
struct InterruptionHandler {
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    private let sources: [any DispatchSourceSignal]

    /// Starts handling; keep the handler alive for as long as the run lasts.
    init(removing items: TemporaryItems, stop: StopRequest) {
        var sources: [any DispatchSourceSignal] = []
        for number in Self.signals {
            // Dispatch sees the signal only when its default action is off.
            let previous = signal(number, SIG_IGN)
            if Self.isIgnore(previous) { continue }
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if number == SIGINT, stop.request() { return }
                items.removeAllAndExit(status: 128 + number)
            }
            source.resume()
            sources.append(source)
        }
        self.sources = sources
    }

    private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
        guard let handler else { return false }
        return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }
}
