import Foundation

/// An opened ``OutputDestination``: write the result in as many chunks as you like, then
/// ``commit()`` to make it visible, or ``abort()`` (or drop the handle) to leave the target as
/// it was.
///
/// A file is written to a temporary file beside it and renamed into place on commit; any failed
/// write removes the temporary file. Standard output, devices and pipes are written directly.
final class OutputHandle {
    /// What committing does.
    enum Commitment {
        /// Nothing: a descriptor the process does not own (standard output).
        case none
        /// Close the descriptor, which was opened for this output.
        case close
        /// Close, then rename the temporary file over the target.
        case rename(from: String, to: String, token: TemporaryItems.Token)
    }

    private enum State {
        case open
        /// Flushed and closed, waiting for the rename.
        case flushed
        case done
    }

    /// The destination as the user named it.
    let name: String
    private let file: WritableFile
    private let settings: OutputSettings
    private let commitment: Commitment
    private var state = State.open
    /// Whether the commit renamed the temporary file into place.
    private var renamed = false

    init(file: WritableFile, name: String, settings: OutputSettings, commitment: Commitment) {
        self.file = file
        self.name = name
        self.settings = settings
        self.commitment = commitment
    }

    deinit { abort() }

    /// Appends `text`.
    func write(_ text: String) throws(OutputError) {
        try ensureOpen()
        try check(file.write(text))
    }

    /// Appends `data`.
    func write(_ data: Data) throws(OutputError) {
        try ensureOpen()
        try check(file.write(data))
    }

    /// Makes everything written visible at the destination.
    func commit() throws(OutputError) {
        try Self.commit([self])
    }

    /// Commits several outputs together: every file is flushed first (where a full disk shows),
    /// then all are renamed into place at once, so a failure before the renames leaves every
    /// target as it was.
    static func commit(_ handles: [OutputHandle]) throws(OutputError) {
        for handle in handles where handle.state == .open {
            if case .none = handle.commitment {
                handle.state = .flushed
                continue
            }
            if let error = handle.file.syncAndClose() {
                handle.state = .flushed
                handles.forEach { $0.abort() }
                throw OutputError(.ioError, path: handle.name, code: error.code)
            }
            handle.state = .flushed
        }
        guard let settings = handles.first?.settings else { return }
        do {
            try settings.temporaryItems.committing { (placed: inout [TemporaryItems.Token]) throws(OutputError) in
                for handle in handles where handle.state == .flushed {
                    if case let .rename(from, to, token) = handle.commitment {
                        guard rename(from, to) == 0 else {
                            throw OutputError(.cannotCreate, path: handle.name, code: errno)
                        }
                        placed.append(token)
                        handle.renamed = true
                    }
                    handle.state = .done
                }
            }
        } catch {
            handles.forEach { $0.abort() }
            throw error
        }
    }

    /// Takes back a committed file, when the set of files it belongs with cannot follow it;
    /// before the commit, the same as ``abort()``. A file it replaced does not come back.
    func withdraw() {
        guard renamed, case let .rename(_, target, _) = commitment else { return abort() }
        unlink(target)
        renamed = false
    }

    /// Leaves the destination as it was: closes and removes the temporary file, if any.
    func abort() {
        switch state {
        case .done: return
        case .open:
            if case .none = commitment {} else { close(file.descriptor) }
        case .flushed: break
        }
        state = .done
        if case let .rename(from, _, token) = commitment {
            unlink(from)
            settings.temporaryItems.forget(token)
        }
    }

    private func ensureOpen() throws(OutputError) {
        guard state == .open else {
            throw OutputError(.ioError, path: name, reason: "written after it was closed")
        }
    }

    private func check(_ error: SystemCallError?) throws(OutputError) {
        guard let error else { return }
        abort()
        throw OutputError(.ioError, path: name, code: error.code)
    }
}
