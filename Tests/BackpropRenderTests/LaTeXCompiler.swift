import Foundation

/// Runs the real `pdflatex` on a document, for the tests that check the LaTeX compiles.
enum LaTeXCompiler {
    /// `pdflatex` on the PATH, if installed (`.ci/run` installs it).
    static let executable: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appending(path: "pdflatex") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static var isAvailable: Bool { executable != nil }

    struct Result {
        let status: Int32
        let log: String
        let pdf: Data?

        /// The log's `! …` error lines.
        var errors: [String] { log.components(separatedBy: "\n").filter { $0.hasPrefix("! ") } }
        /// The log's overfull and underfull box warnings.
        var badBoxes: [String] {
            log.components(separatedBy: "\n").filter { $0.hasPrefix("Overfull") || $0.hasPrefix("Underfull") }
        }
    }

    static func compile(_ document: String) throws -> Result {
        guard let executable else { throw CocoaError(.fileNoSuchFile) }
        let folder = try GoldenFile.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(document.utf8).write(to: folder.appending(path: "doc.tex"))
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "doc.tex"]
        process.currentDirectoryURL = folder
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let log = (try? String(contentsOf: folder.appending(path: "doc.log"), encoding: .isoLatin1)) ?? ""
        return Result(
            status: process.terminationStatus, log: log,
            pdf: FileManager.default.contents(atPath: folder.appending(path: "doc.pdf").path)
        )
    }
}
