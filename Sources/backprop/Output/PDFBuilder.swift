import Foundation

/// Compiles a LaTeX document with `pdflatex` in a fresh temporary folder (removed afterwards,
/// and by an interruption, which also stops pdflatex) and returns the PDF's bytes.
///
/// pdflatex runs with `-interaction=nonstopmode -halt-on-error -no-shell-escape`, so it never
/// waits for input and never runs shell commands; it runs again (at most ``maximumRuns`` times
/// in all) only while its log asks for a rerun.
struct PDFBuilder {
    let environment: Environment

    static let engine = "pdflatex"
    static let maximumRuns = 3

    func build(_ document: String) throws(PDFError) -> Data {
        guard let engine = locateEngine() else { throw .noEngine }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("backprop-pdf-\(UUID().uuidString)")
        let items = environment.output.temporaryItems
        let token = items.add(folder.path)
        defer {
            try? FileManager.default.removeItem(at: folder)
            items.forget(token)
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(document.utf8).write(to: folder.appendingPathComponent("document.tex"))
        } catch {
            throw .workspace(reason: "\(folder.path): \((error as NSError).localizedDescription)")
        }
        for _ in 1...Self.maximumRuns {
            let status = try run(engine, in: folder)
            let log = (try? String(contentsOf: folder.appendingPathComponent("document.log"), encoding: .utf8))
                ?? (try? String(contentsOf: folder.appendingPathComponent("document.log"), encoding: .isoLatin1))
                ?? ""
            if let (error, line) = Self.firstError(in: log) { throw .compilationFailed(error: error, line: line) }
            guard status == 0 else { throw .engineFailed(reason: "pdflatex exited with status \(status)") }
            // longtable asks for a rerun when its columns settled only on this one.
            if !["Rerun to get", "Label(s) may have changed", "Rerun LaTeX"].contains(where: log.contains) { break }
        }
        guard let pdf = FileManager.default.contents(atPath: folder.appendingPathComponent("document.pdf").path) else {
            throw .engineFailed(reason: "pdflatex wrote no PDF")
        }
        return pdf
    }

    /// The first `! …` line of a TeX log, and the source line of the `l.NN` line after it.
    static func firstError(in log: String) -> (String, Int?)? {
        let lines = log.components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("! ") }) else { return nil }
        let message = String(lines[index].dropFirst(2)).trimmingCharacters(in: .whitespaces)
        let line = lines[index...].prefix(12).lazy.compactMap { text -> Int? in
            guard text.hasPrefix("l."), let number = text.dropFirst(2).split(separator: " ").first else { return nil }
            return Int(number)
        }.first
        return (message, line)
    }

    private func locateEngine() -> URL? {
        let path = environment.variables["PATH"] ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":", omittingEmptySubsequences: true) {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(Self.engine)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    private func run(_ engine: URL, in folder: URL) throws(PDFError) -> Int32 {
        let process = Process()
        process.executableURL = engine
        process.arguments = ["-interaction=nonstopmode", "-halt-on-error", "-no-shell-escape", "document.tex"]
        process.currentDirectoryURL = folder
        process.environment = environment.variables
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw .engineFailed(reason: "cannot run \(engine.path): \((error as NSError).localizedDescription)")
        }
        let child = environment.output.temporaryItems.addChild(process.processIdentifier)
        defer { environment.output.temporaryItems.forget(child) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
