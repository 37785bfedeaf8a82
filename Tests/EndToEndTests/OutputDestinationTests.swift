import Foundation
import Testing

/// What `-o` does with whatever is already at the target: a regular file is replaced whole, a
/// link's target is replaced, a device or pipe is written directly, anything else is refused.
@Suite struct OutputDestinationTests {
    let folder: URL

    init() throws { folder = try BackpropProcess.temporaryDirectory() }

    static var isRoot: Bool { geteuid() == 0 }

    func path(_ name: String) -> String { folder.appending(path: name).path }

    func contents(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    func fileType(_ name: String) -> mode_t? {
        var info = stat()
        return lstat(path(name), &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    @Test func dashIsStandardOutput() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["init", "-o", "-"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("{\n  \"layers\": [2, 2, 2],"))
        #expect(RunningBackprop.entries(of: folder).isEmpty, "no file named '-'")
        let worksheet = try BackpropProcess.run(["worksheet", "-o", "/dev/stdout"], in: folder)
        #expect(worksheet.output == (try BackpropProcess.run(["worksheet"]).output))
    }

    /// The same device is there afterwards (other programs on the machine could replace it at
    /// the same time, so the proof that backprop does not is the root-only test below).
    @Test func devNullSucceedsAndStaysADevice() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var before = stat()
        let wasDevice = stat("/dev/null", &before) == 0 && before.st_mode & S_IFMT == S_IFCHR
        let result = try BackpropProcess.run(["explain", "-o", "/dev/null"])
        #expect(result.status == 0)
        #expect(result.error.isEmpty)
        var after = stat()
        if wasDevice {
            #expect(stat("/dev/null", &after) == 0 && after.st_ino == before.st_ino)
        }
    }

    @Test func aNamedPipeIsWrittenDirectly() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(path("pipe"), 0o644) == 0)
        let reader = Process()
        reader.executableURL = URL(fileURLWithPath: "/bin/cat")
        reader.arguments = [path("pipe")]
        let output = Pipe()
        reader.standardOutput = output
        try reader.run()
        let result = try BackpropProcess.run(["init", "-o", "pipe"], in: folder)
        let read = output.fileHandleForReading.readDataToEndOfFile()
        reader.waitUntilExit()
        #expect(result.status == 0)
        #expect(String(decoding: read, as: UTF8.self).hasPrefix("{\n  \"layers\""))
        #expect(fileType("pipe") == S_IFIFO)
        #expect(RunningBackprop.entries(of: folder) == ["pipe"])
    }

    @Test func aSymbolicLinkIsFollowedAndItsTargetReplaced() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old".utf8).write(to: folder.appending(path: "real.json"))
        try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: "real.json")
        let result = try BackpropProcess.run(["init", "-o", "link.json"], in: folder)
        #expect(result.status == 0)
        #expect(fileType("link.json") == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path("link.json")) == "real.json")
        #expect(try contents("real.json").hasPrefix("{\n  \"layers\""))
        #expect(RunningBackprop.entries(of: folder) == ["link.json", "real.json"])
    }

    @Test func aDanglingSymbolicLinkGetsItsTargetCreated() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "sub"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path("link.json"), withDestinationPath: "sub/net.json")
        let result = try BackpropProcess.run(["init", "-o", "link.json"], in: folder)
        #expect(result.status == 0)
        #expect(fileType("link.json") == S_IFLNK)
        #expect(try contents("sub/net.json").hasPrefix("{\n  \"layers\""))
    }

    @Test func aReadOnlyFileIsRefusedUnlessForced() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appending(path: "ro.md"))
        #expect(chmod(path("ro.md"), 0o444) == 0)
        let refused = try BackpropProcess.run(["explain", "-o", "ro.md"], in: folder)
        #expect(refused.status == 73)
        #expect(refused.error == "backprop: error: ro.md: cannot write: the file is read-only (use --force to replace it)\n")
        #expect(try contents("ro.md") == "mine")
        let forced = try BackpropProcess.run(["explain", "-o", "ro.md", "--force"], in: folder)
        #expect(forced.status == 0, "\(forced.error)")
        #expect(try contents("ro.md").hasPrefix("# Backpropagation"))
        var info = stat()
        #expect(stat(path("ro.md"), &info) == 0 && info.st_mode & 0o777 == 0o444, "the mode is kept")
        #expect(RunningBackprop.entries(of: folder) == ["ro.md"])
    }

    @Test func theModeOfAReplacedFileIsKept() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old".utf8).write(to: folder.appending(path: "script.md"))
        #expect(chmod(path("script.md"), 0o640) == 0)
        #expect(try BackpropProcess.run(["worksheet", "-o", "script.md"], in: folder).status == 0)
        var info = stat()
        #expect(stat(path("script.md"), &info) == 0 && info.st_mode & 0o777 == 0o640)
    }

    @Test(arguments: [
        (["explain", "-o", "d/"], "d/: cannot write: ends with '/', so it names a folder; give a file name"),
        (["explain", "-o", "new/"], "new/: cannot write: ends with '/', so it names a folder; give a file name"),
        (["explain", "-o", "d"], "d: cannot write: is a directory"),
        (["init", "-o", "no/such/folder/net.json"], "no/such/folder/net.json: cannot write: no such directory"),
    ])
    func foldersAreRefused(arguments: [String], message: String) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appending(path: "d"), withIntermediateDirectories: true)
        let result = try BackpropProcess.run(arguments, in: folder)
        #expect(result.status == 73)
        #expect(result.error == "backprop: error: \(message)\n")
        #expect(RunningBackprop.entries(of: folder) == ["d"])
        #expect(RunningBackprop.entries(of: folder.appending(path: "d")).isEmpty)
    }

    @Test(arguments: [
        ["explain", "-o", "/proc/backprop-test.md"],
        ["exercise", "--seed", "1", "--out-dir", "/proc/backprop-test"],
        ["templates", "export", "/proc/backprop-test"],
    ])
    func anUnwritableSpecialFolderGetsTheToolsOwnMessage(arguments: [String]) throws {
        let result = try BackpropProcess.run(arguments)
        #expect(result.status == 73)
        #expect(result.error.hasPrefix("backprop: error: /proc/backprop-test"))
        #expect(result.error.contains(": cannot write: "))
        #expect(!result.error.contains("The file") && !result.error.contains("operation could not"), "not Foundation's message: \(result.error)")
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test func aFailedCommandWritesNothingEvenWhenOneDestinationWasFine() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["explain", "-o", "out.tex", "--pdf", "nosuch/x.pdf"], in: folder)
        #expect(result.status == 73)
        #expect(result.error == "backprop: error: nosuch/x.pdf: cannot write: no such directory\n")
        #expect(RunningBackprop.entries(of: folder).isEmpty)
        let same = try BackpropProcess.run(["explain", "-o", "x.tex", "--pdf", "x.tex"], in: folder)
        #expect(same.status == 64)
        #expect(same.error.hasPrefix("backprop: error: --output x.tex and --pdf x.tex name the same file; give each output its own\n"))
        let full = try BackpropProcess.run(["explain", "-o", "/dev/full", "--pdf", "x.pdf"], in: folder)
        if HandoutCommandTests.hasPDFLaTeX {
            #expect(full.status == 74)
        }
        #expect(RunningBackprop.entries(of: folder).isEmpty)
    }

    @Test func aBrokenTemplateLeavesNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let markdown = folder.appending(path: "t/markdown")
        try FileManager.default.createDirectory(at: markdown, withIntermediateDirectories: true)
        try Data("{{ nope }}\n".utf8).write(to: markdown.appending(path: "walkthrough.md"))
        let result = try BackpropProcess.run(["explain", "--template-dir", "t", "-o", "out.md"], in: folder)
        #expect(result.status == 65)
        #expect(RunningBackprop.entries(of: folder) == ["t"])
    }

    /// As root, replacing a device file would succeed: it must be written, not replaced.
    @Test(.enabled(if: isRoot, "only root can make device files; skipped when not root"))
    func asRootACharacterDeviceIsWrittenNotReplaced() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // Copies of /dev/null (major 1, minor 3) and /dev/full (1, 7) inside the test folder.
        #expect(mknod(path("null"), S_IFCHR | 0o666, dev_t(0x103)) == 0)
        #expect(mknod(path("full"), S_IFCHR | 0o666, dev_t(0x107)) == 0)
        let null = try BackpropProcess.run(["explain", "-o", "null"], in: folder)
        #expect(null.status == 0)
        #expect(fileType("null") == S_IFCHR)
        let full = try BackpropProcess.run(["explain", "-o", "full"], in: folder)
        #expect(full.status == 74)
        #expect(full.error == "backprop: error: full: cannot write: no space left on device\n")
        #expect(fileType("full") == S_IFCHR)
        #expect(RunningBackprop.entries(of: folder) == ["full", "null"])
    }
}
