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

    /// Compiles `document`, a whole LaTeX document.
    func build(_ document: String) throws -> Data {
        try build { file in
            if let error = file.write(document) {
                throw PDFError.workspace(reason: "writing the LaTeX source: \(error.phrase)")
            }
        }
    }

    /// Compiles the document `write` writes, as it is made, into the folder's `document.tex`.
    ///
    /// - Throws: `PDFError`, or what `write` throws, unchanged.
    func build(_ write: (WritableFile) throws -> Void) throws -> Data {
        guard let engine = locateEngine() else { throw PDFError.noEngine }
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("backprop-pdf-\(UUID().uuidString)")
        let items = environment.output.temporaryItems
        let made = items.add(folder.path) { () -> Result<Void, SystemCallError> in
            mkdir(folder.path, 0o700) == 0 ? .success(()) : .failure(SystemCallError(errno))
        }
        let token: TemporaryItems.Token
        switch made {
        case let .success((_, made)): token = made
        case let .failure(error): throw PDFError.workspace(reason: "\(folder.path): \(error.phrase)")
        }
        defer {
            try? FileManager.default.removeItem(at: folder)
            items.forget(token)
        }
        let source = folder.appendingPathComponent("document.tex").path
        let file: WritableFile
        switch WritableFile.create(source, chunkDelay: nil) {
        case let .success(created): file = created
        case let .failure(error): throw PDFError.workspace(reason: "\(source): \(error.phrase)")
        }
        do {
            try write(file)
        } catch {
            _ = file.close()
            throw error
        }
        if let error = file.close() { throw PDFError.workspace(reason: "\(source): \(error.phrase)") }
        return try compile(with: engine, in: folder)
    }

    private func compile(with engine: URL, in folder: URL) throws(PDFError) -> Data {
        for _ in 1...Self.maximumRuns {
            let status = try run(engine, in: folder)
            let log = (try? String(contentsOf: folder.appendingPathComponent("document.log"), encoding: .utf8))
                ?? (try? String(contentsOf: folder.appendingPathComponent("document.log"), encoding: .isoLatin1))
                ?? ""
            if let (error, line) = Self.firstError(in: log) { throw .compilationFailed(error: error, line: line) }
            if status != 0, let reason = Self.writeFailure(in: log) {
                throw .workspace(reason: "\(folder.path): \(reason)")
            }
            if status != 0, let error = Self.cannotWrite(in: folder) {
                throw .workspace(reason: "\(folder.path): \(error.phrase)")
            }
            guard status == 0 else { throw .engineFailed(reason: "pdflatex exited with status \(status)") }
            // longtable asks for a rerun when its columns settled only on this one.
            if !["Rerun to get", "Label(s) may have changed", "Rerun LaTeX"].contains(where: log.contains) { break }
        }
        guard let pdf = FileManager.default.contents(atPath: folder.appendingPathComponent("document.pdf").path) else {
            if let error = Self.cannotWrite(in: folder) { throw .workspace(reason: "\(folder.path): \(error.phrase)") }
            throw .engineFailed(reason: "pdflatex wrote no PDF")
        }
        return pdf
    }

    /// The reason pdfTeX gives for failing to write its PDF (`!pdfTeX error: pdflatex: fflush()
    /// failed (No space left on device)`), as a phrase: `no space left on device`.
    static func writeFailure(in log: String) -> String? {
        for line in log.split(separator: "\n") where line.hasPrefix("!pdfTeX error:") {
            guard let open = line.range(of: "failed ("), let close = line[open.upperBound...].firstIndex(of: ")") else {
                continue
            }
            let reason = line[open.upperBound..<close]
            return reason.prefix(1).lowercased() + reason.dropFirst()
        }
        return nil
    }

    /// Why pdflatex could not write in `folder`, when that is why it failed without a word in
    /// its log (a full disk or quota, a file size limit): the error of writing 64 KB there now.
    private static func cannotWrite(in folder: URL) -> SystemCallError? {
        let probe = folder.appendingPathComponent("space-probe").path
        switch WritableFile.create(probe, chunkDelay: nil) {
        case let .failure(error):
            return error
        case let .success(file):
            defer { unlink(probe) }
            let failure = [UInt8](repeating: 0, count: 64 << 10).withUnsafeBytes { file.write($0) }
            let closing = file.close()
            return failure ?? closing
        }
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
