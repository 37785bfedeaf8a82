import Foundation

/// A `backprop` started in the background, to be interrupted while it works.
final class RunningBackprop {
    let process = Process()
    private let errorPipe = Pipe()

    /// Starts `backprop arguments…` in `directory`, with standard output thrown away.
    init(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws {
        process.executableURL = BackpropProcess.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var variables = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"]
        variables.merge(environment) { $1 }
        process.environment = variables
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errorPipe
        try process.run()
    }

    /// Waits up to `timeout` seconds for `condition`; false if it never held.
    @discardableResult
    static func waitUntil(timeout: Double = 20, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(5_000)
        }
        return condition()
    }

    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for the end; the exit status and what it printed on standard error.
    func finish() -> (status: Int32, exited: Bool, error: String) {
        let error = errorPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, process.terminationReason == .exit,
            String(decoding: error, as: UTF8.self)
        )
    }

    /// The names in `folder`, hidden ones included, sorted.
    static func entries(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}
