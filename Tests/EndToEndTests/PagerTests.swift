import Foundation
import Testing

/// On a terminal, help and the walkthrough go through a pager, as git's output does; never into
/// a pipe or a file, nor with `--no-pager`.
@Suite struct PagerTests {
    /// A pager that marks every line it shows.
    static let marking = ["PAGER": "sed 's/^/paged: /'"]

    @Test func helpOnATerminalGoesThroughThePager() throws {
        let result = try PseudoTerminal.run(["help", "explain"], environment: Self.marking)
        #expect(result.status == 0)
        let lines = result.screen.split(separator: "\n")
        #expect(lines.count > 20)
        #expect(lines.allSatisfy { $0.hasPrefix("paged: ") }, "\(result.screen.prefix(300))")
        #expect(lines.allSatisfy { $0.count <= 80 + "paged: ".count })
    }

    @Test func theWalkthroughOnATerminalGoesThroughThePager() throws {
        let result = try PseudoTerminal.run(["explain"], environment: Self.marking.merging(["NO_COLOR": "1"]) { $1 })
        #expect(result.status == 0)
        let lines = result.screen.split(separator: "\n")
        #expect(lines.count > 100)
        #expect(lines.allSatisfy { $0.hasPrefix("paged: ") })
        #expect(result.screen.contains("0.298371109"))
    }

    @Test(arguments: [["help", "explain", "--no-pager"], ["--no-pager", "help", "explain"], ["explain", "--help", "--no-pager"], ["explain", "--no-pager"]])
    func noPagerPrintsDirectly(arguments: [String]) throws {
        let result = try PseudoTerminal.run(arguments, environment: Self.marking)
        #expect(result.status == 0)
        #expect(!result.screen.contains("paged: "))
        #expect(result.screen.count > 1000)
    }

    @Test(arguments: ["", "cat"])
    func anEmptyOrCatPagerIsNone(pager: String) throws {
        let result = try PseudoTerminal.run(["help"], environment: ["PAGER": pager])
        #expect(result.status == 0)
        #expect(result.screen.hasPrefix("backprop: backpropagation explained"))
    }

    @Test func aPipeOrAFileIsNeverPaged() throws {
        let piped = try BackpropProcess.run(["help", "explain"], environment: Self.marking)
        #expect(piped.status == 0)
        #expect(!piped.output.contains("paged: "))
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let toFile = try PseudoTerminal.run(["explain", "-o", "walkthrough.md"], environment: Self.marking, in: folder)
        #expect(toFile.status == 0)
        #expect(!toFile.screen.contains("paged: "))
        let written = try String(contentsOf: folder.appending(path: "walkthrough.md"), encoding: .utf8)
        #expect(written.hasPrefix("# Backpropagation"))
    }

    @Test func withoutPagerItIsLessFRX() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let less = folder.appending(path: "less")
        try "#!/bin/sh\necho \"less $* LESS=$LESS\"\nsed 's/^/less: /'\n".write(to: less, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: less.path)
        let result = try PseudoTerminal.run(["help"], environment: ["PATH": folder.path + ":/usr/bin:/bin"])
        #expect(result.status == 0)
        #expect(result.screen.hasPrefix("less -FRX LESS=FRX\nless: backprop: backpropagation explained"), "\(result.screen.prefix(200))")
    }
}
