import Foundation
import Testing

/// SIGTERM, SIGINT and SIGHUP while backprop writes: the temporary files and folders are
/// removed, the target is left as it was, and the exit status is 128 + the signal's number.
///
/// `BACKPROP_TEST_WRITE_DELAY_MS` slows every 4 KB chunk down, so a signal can arrive half-way
/// through a write of the reference walkthrough.
@Suite struct InterruptionTests {
    struct Moment: Sendable, CustomTestStringConvertible {
        let signal: Int32
        /// Seconds after the temporary file appeared.
        let delay: Double
        var testDescription: String { "signal \(signal) after \(delay) s" }
    }

    /// The reference walkthrough with every weight derived is about 21 KB: 6 chunks, about
    /// 480 ms of writing at 80 ms a chunk, after the trace and the rendering (at 40 ms a chunk
    /// the last signal, at 0.25 s, came after the write).
    static let moments: [Moment] = [SIGTERM, SIGINT].flatMap { signal in
        [0, 0.1, 0.25].map { Moment(signal: signal, delay: $0) }
    } + [Moment(signal: SIGHUP, delay: 0.1)]

    static let slow = ["BACKPROP_TEST_WRITE_DELAY_MS": "80"]

    static func hasTemporary(_ prefix: String, in folder: URL) -> Bool {
        RunningBackprop.entries(of: folder).contains { $0.hasPrefix(prefix) && $0.contains(".backprop-tmp-") }
    }

    @Test(arguments: moments)
    func aSignalDuringAWriteLeavesTheTargetAsItWas(_ moment: Moment) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appending(path: "out.md")
        try Data("keep me".utf8).write(to: target)
        let running = try RunningBackprop(
            ["explain", "--detail", "all", "-o", "out.md"], in: folder, environment: Self.slow
        )
        let started = RunningBackprop.waitUntil { Self.hasTemporary(".out.md", in: folder) }
        #expect(started, "no .out.md.backprop-tmp-XXXXXX appeared")
        usleep(UInt32(moment.delay * 1_000_000))
        #expect(Self.hasTemporary(".out.md", in: folder), "the write ended before the signal")
        running.send(moment.signal)
        let result = running.finish()
        #expect(result.exited && result.status == 128 + moment.signal, "\(result)")
        #expect(RunningBackprop.entries(of: folder) == ["out.md"])
        #expect(try String(contentsOf: target, encoding: .utf8) == "keep me")
    }

    @Test func aSignalWhileANewFileIsWrittenLeavesNothing() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let running = try RunningBackprop(
            ["worksheet", "--formulas", "-o", "sheet.txt"], in: folder, environment: Self.slow
        )
        #expect(RunningBackprop.waitUntil { Self.hasTemporary(".sheet.txt", in: folder) })
        running.send(SIGTERM)
        let result = running.finish()
        #expect(result.status == 143)
        #expect(RunningBackprop.entries(of: folder).isEmpty)
    }

    @Test(.enabled(if: HandoutCommandTests.hasPDFLaTeX, "pdflatex is not installed"))
    func aSignalWhilePDFLaTeXRunsRemovesItsFolder() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = folder.appending(path: "tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let running = try RunningBackprop(
            ["explain", "--pdf", "walk.pdf", "-o", "walk.tex"], in: folder,
            environment: ["TMPDIR": temporary.path]
        )
        // pdflatex has started once its log exists in the workspace.
        let compiling = RunningBackprop.waitUntil {
            RunningBackprop.entries(of: temporary).contains { name in
                FileManager.default.fileExists(atPath: temporary.appending(path: "\(name)/document.log").path)
            }
        }
        #expect(compiling, "pdflatex did not start")
        running.send(SIGTERM)
        let result = running.finish()
        #expect(result.status == 143, "\(result)")
        #expect(RunningBackprop.entries(of: temporary).isEmpty)
        #expect(RunningBackprop.entries(of: folder) == ["tmp"])
    }

    @Test(.enabled(if: HandoutCommandTests.hasPDFLaTeX, "pdflatex is not installed"), arguments: [false, true])
    func aSignalWhileAPacketIsMadeLeavesNeitherThePacketNorTheSet(duringTheSet: Bool) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let temporary = folder.appending(path: "tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let running = try RunningBackprop(
            ["exercise", "--seed", "4", "--count", "6", "--out-dir", "set", "--pdf", "packet.pdf"], in: folder,
            environment: Self.slow.merging(["TMPDIR": temporary.path]) { $1 }
        )
        // While pdflatex runs in its workspace, or once the PDF is done and the set is written.
        let reached = RunningBackprop.waitUntil {
            duringTheSet
                ? Self.hasTemporary(".set", in: folder)
                : RunningBackprop.entries(of: temporary).contains { name in
                    FileManager.default.fileExists(atPath: temporary.appending(path: "\(name)/document.log").path)
                }
        }
        #expect(reached, duringTheSet ? "the set was not written" : "pdflatex did not start")
        running.send(SIGINT)
        let result = running.finish()
        #expect(result.status == 130, "\(result)")
        #expect(RunningBackprop.entries(of: temporary).isEmpty)
        #expect(RunningBackprop.entries(of: folder) == ["tmp"])
    }

    @Test func aSignalWhileAnExerciseSetIsWrittenLeavesNoFolder() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let running = try RunningBackprop(
            ["exercise", "--seed", "4", "--count", "12", "--out-dir", "set"], in: folder,
            environment: Self.slow
        )
        #expect(RunningBackprop.waitUntil { Self.hasTemporary(".set", in: folder) })
        usleep(300_000)
        running.send(SIGINT)
        let result = running.finish()
        #expect(result.status == 130, "\(result)")
        #expect(RunningBackprop.entries(of: folder).isEmpty)
    }

    @Test func aSignalWhileWritingIntoAnExistingFolderLeavesItAsItWas() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appending(path: "notes.txt"))
        let running = try RunningBackprop(
            ["templates", "export", ".", "--force"], in: folder, environment: Self.slow
        )
        #expect(RunningBackprop.waitUntil { Self.hasTemporary(".", in: folder) })
        usleep(200_000)
        running.send(SIGTERM)
        let result = running.finish()
        #expect(result.status == 143, "\(result)")
        #expect(RunningBackprop.entries(of: folder) == ["notes.txt"])
    }
}
