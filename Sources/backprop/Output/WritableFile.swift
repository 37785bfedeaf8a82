import Foundation

/// An open file descriptor to write to, in chunks, retrying short writes and interruptions.
struct WritableFile {
    let descriptor: Int32
    /// A pause after each chunk: a hook for the tests that interrupt a write half-way, set by
    /// `BACKPROP_TEST_WRITE_DELAY_MS`; nil in normal runs.
    let chunkDelay: Duration?

    /// Bytes per `write` call: small chunks when slowed down, so a test can interrupt a small
    /// document half-way.
    var chunkSize: Int { chunkDelay == nil ? 64 * 1024 : 4 * 1024 }

    /// Creates `path`, which must not exist, readable and writable as the umask allows.
    static func create(_ path: String, chunkDelay: Duration?) -> Result<WritableFile, SystemCallError> {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return .failure(SystemCallError(errno)) }
        return .success(WritableFile(descriptor: descriptor, chunkDelay: chunkDelay))
    }

    /// Writes every byte of `bytes`; the `errno` of the first failure.
    func write(_ bytes: UnsafeRawBufferPointer) -> SystemCallError? {
        guard var base = bytes.baseAddress else { return nil }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, base, min(remaining, chunkSize))
            if written < 0 {
                if errno == EINTR { continue }
                return SystemCallError(errno)
            }
            remaining -= written
            base += written
            if let chunkDelay { Thread.sleep(forTimeInterval: chunkDelay.seconds) }
        }
        return nil
    }

    func write(_ text: String) -> SystemCallError? {
        var text = text
        return text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
    }

    func write(_ data: Data) -> SystemCallError? {
        data.withUnsafeBytes { write($0) }
    }

    /// Flushes to the disk and closes: where a full disk may show up only now.
    func syncAndClose() -> SystemCallError? {
        // Devices and pipes cannot be synced (EINVAL); that is no failure.
        if fsync(descriptor) != 0, errno != EINVAL, errno != EROFS {
            let code = errno
            Foundation.close(descriptor)
            return SystemCallError(code)
        }
        return close()
    }

    /// Closes without flushing to the disk.
    func close() -> SystemCallError? {
        Foundation.close(descriptor) == 0 || errno == EINTR ? nil : SystemCallError(errno)
    }
}

extension Duration {
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
