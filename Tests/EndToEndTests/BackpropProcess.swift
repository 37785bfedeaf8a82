import Foundation
import Testing

/// Runs the built `backprop` binary the way a user would, capturing everything it prints.
struct BackpropProcess {
    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// The binary built beside the test bundle (`swift build` puts both in one folder).
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = testBinary.deletingLastPathComponent()
        // On Linux the tests are one executable in the build folder; elsewhere a bundle.
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("backprop").path),
              folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent("backprop")
    }

    /// Runs `backprop arguments…` in `directory` with `environment` added to a clean one (with
    /// `PAGER` set to nothing: no pager), with `input` on standard input (else nothing).
    static func run(
        _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
        input: String? = nil
    ) throws -> Result {
        try run(executable, arguments, in: directory, environment: environment, input: input)
    }

    /// Runs `program arguments…` the way ``run(_:in:environment:input:)`` runs backprop.
    static func run(
        _ program: URL, _ arguments: [String], in directory: URL? = nil,
        environment: [String: String] = [:], input: String? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = program
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        // No pager: a command run on a pseudo-terminal (`script`) would otherwise wait in less
        // for a key (PagerTests sets one itself).
        var variables = ["PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin", "PAGER": ""]
        variables.merge(environment) { $1 }
        process.environment = variables
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let inputPipe = input.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice
        try process.run()
        if let inputPipe, let input {
            // Written from another thread, so a child that does not read it cannot block us,
            // and with SIGPIPE ignored, so one that exits first cannot kill the tests.
            signal(SIGPIPE, SIG_IGN)
            let writer = inputPipe.fileHandleForWriting
            DispatchQueue.global().async {
                try? writer.write(contentsOf: Data(input.utf8))
                try? writer.close()
            }
        }
        // Read both pipes to the end before waiting, so a large output cannot block the child.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = error.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("backprop-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
