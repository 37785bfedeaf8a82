import Synchronization

/// A request to stop a long run after its current step, made by Ctrl-C while a command that
/// can stop early (`train`) is listening. A second Ctrl-C, or one while nobody listens, ends
/// the process as usual.
final class StopRequest: Sendable {
    private let listening = Atomic<Bool>(false)
    private let requested = Atomic<Bool>(false)

    /// From now on, a first SIGINT only asks the run to stop.
    func listen() { listening.store(true, ordering: .sequentiallyConsistent) }

    /// Records a SIGINT; returns false when the process should end at once instead (nobody
    /// listens, or a stop was already asked for).
    func request() -> Bool {
        guard listening.load(ordering: .sequentiallyConsistent) else { return false }
        return !requested.exchange(true, ordering: .sequentiallyConsistent)
    }

    /// Whether a stop was asked for.
    var isRequested: Bool { requested.load(ordering: .relaxed) }
}
