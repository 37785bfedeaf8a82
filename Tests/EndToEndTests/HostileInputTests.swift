import Foundation
import Testing

/// Issue 28's hostile inputs and faults, each as the user met it: colliding outputs, empty
/// paths, a link to standard input, a forged or contradictory worksheet header, too many
/// classes, a PDF on standard output, and signals at any moment of a run.
@Suite struct HostileInputTests {
    static func inFolder(_ body: (URL) throws -> Void) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(folder)
    }

    struct Collision: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let collisions: [Collision] = [
        Collision(arguments: ["train", "--dataset", "xor", "-o", "s.json", "--save", "s.json"],
                  message: "--output s.json and --save s.json name the same file; give each output its own"),
        Collision(arguments: ["train", "--dataset", "xor", "--save", "X", "--save-initial", "./X"],
                  message: "--save X and --save-initial ./X name the same file; give each output its own"),
        Collision(arguments: ["train", "--dataset", "xor", "-o", "-", "--save", "-"],
                  message: "--output - and --save - both write to standard output; give each output its own"),
        Collision(arguments: ["explain", "-o", "w.pdf", "--pdf", "w.pdf"],
                  message: "--output w.pdf and --pdf w.pdf name the same file; give each output its own"),
    ]

    @Test(arguments: collisions)
    func collidingOutputsAreRefusedNamingBoth(_ collision: Collision) throws {
        try Self.inFolder { folder in
            let result = try BackpropProcess.run(collision.arguments, in: folder)
            #expect(result.status == 64)
            #expect(result.error.hasPrefix("backprop: error: \(collision.message)\n"), "\(result.error)")
            #expect(result.output.isEmpty)
            #expect(RunningBackprop.entries(of: folder).isEmpty)
        }
    }

    @Test(arguments: [
        (["explain", "--template-dir", ""], 64, "--template-dir: the path is empty; give a folder name"),
        (["explain", "--network", ""], 64, "--network: the path is empty; give a file name"),
        (["explain", "--template-dir", "/dev/null"], 66, "/dev/null: is not a directory, so it cannot hold templates"),
    ])
    func emptyAndWrongPathsAreRefused(arguments: [String], status: Int, message: String) throws {
        let result = try BackpropProcess.run(arguments)
        #expect(result.status == Int32(status))
        #expect(result.error.hasPrefix("backprop: error: \(message)\n"), "\(result.error)")
    }

    @Test func aLinkToStandardInputCountsAsStandardInput() throws {
        try Self.inFolder { folder in
            try FileManager.default.createSymbolicLink(
                atPath: folder.appending(path: "link").path, withDestinationPath: "/dev/stdin"
            )
            let result = try BackpropProcess.run(["check", "link", "-"], in: folder, input: "w5 = 0.35\n")
            #expect(result.status == 64)
            #expect(result.error.contains("standard input can be read only once, but 'link' and '-' both ask for it"))
        }
    }

    @Test func tooManyClassesAreRefusedAtTheFirstExtraLabel() throws {
        try Self.inFolder { folder in
            let rows = (0..<20_000).map { "\(Double($0) / 20_000),0.5,label\($0)" }
            try Data(("x,y,class\n" + rows.joined(separator: "\n") + "\n").utf8).write(to: folder.appending(path: "u.csv"))
            let result = try BackpropProcess.run(["train", "--examples", "u.csv", "--label-column", "3"], in: folder)
            #expect(result.status == 65)
            #expect(result.error.hasPrefix("backprop: error: u.csv: line 102: the label column holds more than 100 classes"), "\(result.error)")
        }
    }

    /// A worksheet header's settings changed and its checksum recomputed, as a forger would.
    static func forged(_ worksheet: String, training: String) -> String {
        var lines = worksheet.components(separatedBy: "\n")
        var content: [String] = []
        for index in lines.indices where lines[index].hasPrefix("#@ ") {
            var text = String(lines[index].dropFirst(3))
            if text.hasPrefix("training ") {
                text = "training " + training
                lines[index] = "#@ " + text
            }
            if text.hasPrefix("checksum ") {
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for (number, line) in content.enumerated() {
                    if number > 0 { hash = (hash ^ 0x0A) &* 0x0000_0100_0000_01B3 }
                    for byte in line.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
                }
                let hex = String(hash, radix: 16)
                lines[index] = "#@ checksum " + String(repeating: "0", count: 16 - hex.count) + hex
                break
            }
            content.append(text)
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: [
        ("hidden-uses=original update-biases=no batch-size=all reduction=mean round=no step=1000000000",
         [] as [String], "asks for step 1000000000, more than a worksheet of this network may ask for (90909)"),
        ("hidden-uses=original update-biases=no batch-size=all reduction=mean round=2 optimizer=adam:0.9:0.999:1e-08",
         [], "asks for round=2 with optimizer=adam, which contradict each other"),
        ("hidden-uses=updated update-biases=no batch-size=all reduction=mean round=no",
         ["--inputs", "0.05,0.1;0.2,0.3", "--targets", "0.01,0.99;0.5,0.5"], "asks for hidden-uses=updated with 2 examples, which needs one"),
    ])
    func aHostileHeaderIsRefusedAloneAndTheClassIsMarked(training: String, flags: [String], message: String) throws {
        try Self.inFolder { folder in
            let made = try BackpropProcess.run(["worksheet", "-o", "w.txt"] + flags, in: folder)
            #expect(made.status == 0, "\(made.error)")
            let worksheet = try String(contentsOf: folder.appending(path: "w.txt"), encoding: .utf8)
            try Data(Self.forged(worksheet, training: training).utf8).write(to: folder.appending(path: "forged.txt"))
            try Data("w5 = 0.35891648\n".utf8).write(to: folder.appending(path: "honest.txt"))
            let started = Date()
            let result = try BackpropProcess.run(["check", "forged.txt", "honest.txt"], in: folder)
            #expect(Date().timeIntervalSince(started) < 20)
            #expect(result.status == 65)
            #expect(result.error.contains("forged.txt:"), "\(result.error)")
            #expect(result.error.contains(message), "\(result.error)")
            #expect(result.error.contains("this sheet is not marked"))
            #expect(result.output.contains("honest.txt"), "the other sheet is marked: \(result.output)")
        }
    }

    @Test(.enabled(if: HandoutCommandTests.hasPDFLaTeX, "pdflatex is not installed"))
    func aPacketOnStandardOutputEndsTheDocument() throws {
        try Self.inFolder { folder in
            let result = try BackpropProcess.run(
                ["exercise", "--seed", "5", "--count", "1", "--out-dir", "ex", "--pdf", "-"], in: folder
            )
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.hasPrefix("%PDF"))
            #expect(result.output.hasSuffix("%%EOF\n") || result.output.hasSuffix("%%EOF"), "\(result.output.suffix(80))")
            #expect(result.error.contains("backprop: wrote 1 exercise"))
        }
    }

    /// pdflatex cannot write its PDF (files limited to 100 KB, as on a full disk): exit 73 with
    /// the reason, not 69 "pdflatex missing"; nothing left in TMPDIR.
    @Test(.enabled(if: HandoutCommandTests.hasPDFLaTeX, "pdflatex is not installed"))
    func aFullTemporaryFolderIsACannotCreateWithItsReason() throws {
        try Self.inFolder { folder in
            let result = try BackpropProcess.run(
                URL(fileURLWithPath: "/bin/sh"),
                ["-c", "trap '' XFSZ; ulimit -f 200; exec \"$0\" explain --pdf w.pdf", BackpropProcess.executable.path],
                in: folder, environment: ["TMPDIR": folder.path]
            )
            #expect(result.status == 73, "\(result.error)")
            #expect(result.error.hasPrefix("backprop: error: --pdf: cannot prepare a folder for pdflatex: "), "\(result.error)")
            #expect(result.error.hasSuffix(": file too large\n"), "\(result.error)")
            #expect(RunningBackprop.entries(of: folder).isEmpty)
        }
    }

    /// SIGINT, SIGTERM and SIGHUP from 0 to 50 ms after the start, in 5 ms steps: the run ends
    /// with 128 + the signal (or by it, before the handler is in place, or normally when it
    /// finished first) and leaves no temporary file; a signal is never lost (a run that
    /// ends normally does so within moments of the signal, never after working on).
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aSignalAtAnyMomentEndsTheRunAndLeavesNothing(_ signal: Int32) throws {
        for delay in stride(from: 0, through: 50, by: 5) {
            try Self.inFolder { folder in
                let running = try RunningBackprop(
                    ["explain", "--detail", "all", "-o", "out.md"], in: folder, environment: ["TMPDIR": folder.path]
                )
                usleep(UInt32(delay * 1_000))
                let sent = Date()
                running.send(signal)
                let result = running.finish()
                let after = Date().timeIntervalSince(sent)
                let entries = RunningBackprop.entries(of: folder)
                if result.exited && result.status == 0 {
                    #expect(after < 0.05, "lost: signal \(signal) at \(delay) ms, ran on \(after) s")
                    #expect(entries == ["out.md"])
                } else {
                    #expect(result.status == 128 + signal || (!result.exited && result.status == signal),
                            "signal \(signal) at \(delay) ms: \(result)")
                    #expect(entries.allSatisfy { !$0.contains("backprop-tmp") }, "\(entries)")
                    #expect(entries.isEmpty || entries == ["out.md"], "\(entries)")
                }
            }
        }
    }
}
