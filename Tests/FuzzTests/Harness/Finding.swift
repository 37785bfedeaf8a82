/// Something a run did that `backprop` promises never to do.
struct Finding: Equatable, CustomStringConvertible {
    enum Kind: String, CaseIterable {
        /// Killed by a signal the harness did not send (a trap, a segmentation fault).
        case crash
        /// Still running at the timeout.
        case hang
        /// A status outside 0/1/64/65/66/69/73/74, or one the input's kind does not allow.
        case wrongStatus = "wrong-status"
        /// Standard error is not one `backprop: error: …` line (plus an optional
        /// `backprop: see …` hint), or holds control characters.
        case badErrorOutput = "bad-error-output"
        /// A failed or interrupted run left files behind, or half of a set of files.
        case leftovers
        /// Standard output is not the document the case expects (text after a PDF's end).
        case damagedOutput = "damaged-output"
        /// A signal the harness sent while the run worked was not acted on: the run went on
        /// and ended normally well after it.
        case lostSignal = "lost-signal"
        /// The run's resident memory passed `FindingClassifier.memoryLimit` on a small input.
        case memory
    }

    var kind: Kind
    /// What exactly, in one line: the signal, the status, the offending line or file.
    var detail: String

    var description: String { "\(kind.rawValue): \(detail)" }
}
