import Foundation

/// What one run did: how it ended, what it printed, what it left in its folder.
struct RunResult {
    enum Ending: Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Still running at the timeout; it was killed.
        case timedOut
    }

    var ending: Ending
    /// The first `FuzzRunner.outputCap` bytes of standard output.
    var output: [UInt8]
    var error: [UInt8]
    /// Paths (relative) in the working folder after the run, folders included, sorted.
    var filesAfter: [String]
    /// Whether the harness sent the case's signal before the program ended.
    var signalSent: Bool
    var seconds: Double
    /// Seconds from the signal to the end of the run, when a signal was sent.
    var secondsAfterSignal: Double? = nil
    /// The run's peak resident memory in KB, when it is known to be the run's own (the
    /// largest of the harness's children grew during it).
    var peakKilobytes: Int? = nil
}

/// Runs the built `backprop` on a case in a fresh folder, with a timeout.
enum FuzzRunner {
    /// Standard output beyond this is read and dropped, so a huge document cannot fill memory.
    static let outputCap = 1 << 20

    /// The binary built beside the test bundle (`swift build` puts both in one folder).
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("backprop").path),
              folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("backprop")
    }

    /// Runs `fuzzCase` in a new folder under `parent`, removed afterwards unless `keep`.
    static func run(_ fuzzCase: FuzzCase, timeout: Double, in parent: URL) throws -> RunResult {
        let folder = parent.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try lay(fuzzCase, in: folder)

        let process = Process()
        switch fuzzCase.disruption {
        case .fileSizeLimit(let bytes):
            // dash counts `ulimit -f` in 512-byte blocks; an ignored SIGXFSZ stays ignored
            // across exec, so the write fails with EFBIG instead of killing the program.
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", "trap '' XFSZ; ulimit -f \(max(1, bytes / 512)); exec \"$0\" \"$@\"",
                                 executable.path] + fuzzCase.arguments
        default:
            process.executableURL = executable
            process.arguments = fuzzCase.arguments
        }
        process.currentDirectoryURL = folder
        process.environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": folder.path,
            "TMPDIR": folder.path,
        ]
        let output = Pipe(), error = Pipe()
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        if fuzzCase.disruption == .standardOutputFull {
            process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        } else {
            process.standardOutput = output
        }
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        let peakBefore = childrenPeakKilobytes()
        let started = Date()
        try process.run()

        let group = DispatchGroup()
        nonisolated(unsafe) var outputBytes: [UInt8] = []
        nonisolated(unsafe) var errorBytes: [UInt8] = []
        read(output.fileHandleForReading, into: { outputBytes = $0 }, group: group)
        read(error.fileHandleForReading, into: { errorBytes = $0 }, group: group)
        try? output.fileHandleForWriting.close()
        try? error.fileHandleForWriting.close()

        var signalSent = false
        var signalled: Date?
        var timedOut = false
        if case .signal(let signal, let delay) = fuzzCase.disruption {
            if finished.wait(timeout: .now() + .milliseconds(delay)) == .timedOut {
                kill(process.processIdentifier, signal)
                signalSent = true
                signalled = Date()
            } else {
                finished.signal()
            }
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            finished.wait()
        }
        let ended = Date()
        group.wait()
        process.waitUntilExit()
        let seconds = ended.timeIntervalSince(started)
        let peakAfter = childrenPeakKilobytes()

        let ending: RunResult.Ending = if timedOut {
            .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            .signalled(process.terminationStatus)
        } else {
            .exited(process.terminationStatus)
        }
        return RunResult(
            ending: ending, output: outputBytes, error: errorBytes,
            filesAfter: listing(of: folder), signalSent: signalSent, seconds: seconds,
            secondsAfterSignal: signalled.map { ended.timeIntervalSince($0) },
            peakKilobytes: peakAfter > peakBefore ? peakAfter : nil
        )
    }

    /// The largest peak resident memory of any child of the harness so far, in KB: it grows
    /// only when a run used more than every run before it.
    private static func childrenPeakKilobytes() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss
    }

    /// Creates the case's files and links in `folder`.
    static func lay(_ fuzzCase: FuzzCase, in folder: URL) throws {
        for (path, bytes) in fuzzCase.files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true
            )
            try Data(bytes).write(to: url)
        }
        for (path, destination) in fuzzCase.links {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true
            )
            try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: destination)
        }
    }

    /// Every path under `folder`, relative, sorted; links are listed, not followed.
    static func listing(of folder: URL) -> [String] {
        var paths: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let path = enumerator?.nextObject() as? String {
            paths.append(path)
        }
        return paths.sorted()
    }

    private static func read(
        _ handle: FileHandle, into store: @escaping @Sendable ([UInt8]) -> Void, group: DispatchGroup
    ) {
        group.enter()
        DispatchQueue.global().async {
            var kept: [UInt8] = []
            while true {
                let data = handle.availableData
                if data.isEmpty { break }
                if kept.count < outputCap { kept.append(contentsOf: data.prefix(outputCap - kept.count)) }
            }
            store(kept)
            group.leave()
        }
    }
}
