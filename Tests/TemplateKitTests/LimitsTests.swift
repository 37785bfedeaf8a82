import Foundation
import Testing
import TemplateKit

/// No template, however written, crashes, hangs or fills memory: every depth and size has a
/// limit, and passing it is one `TemplateError` at the tag concerned.
@Suite struct LimitsTests {
    static func limits(
        nestingDepth: Int = 100, includeDepth: Int = 16, steps: Int = 1_000_000,
        outputBytes: Int = 1_000_000, sourceBytes: Int = 1_000_000
    ) -> TemplateLimits {
        TemplateLimits(nestingDepth: nestingDepth, includeDepth: includeDepth, steps: steps,
                       outputBytes: outputBytes, sourceBytes: sourceBytes)
    }

    func message(
        _ source: String, _ context: [String: TemplateValue] = [:], limits: TemplateLimits
    ) -> String? {
        do {
            _ = try Template(source: source, name: "t.txt", sourceName: "Templates/t.txt",
                             limits: limits).render(context, escaping: .none)
            return nil
        } catch {
            return "\(error)"
        }
    }

    // Issue 13: 10,000 nested `if` (or 11,000 `for`) overflowed the parser's stack (SIGSEGV).
    @Test(arguments: [
        ("{% if title %}", "{% endif %}", "if"),
        ("{% for v in forward %}", "{% endfor %}", "for"),
    ])
    func deepNestingIsAnErrorAtTheTagTooDeep(open: String, close: String, keyword: String) {
        let source = String(repeating: open, count: 11_000) + "x"
            + String(repeating: close, count: 11_000)
        let column = 100 * open.count + 1
        #expect(renderError(source, ["title": true, "forward": ["a"]])
            == "Templates/t.txt:1:\(column): '\(keyword)' nests blocks deeper than the limit of 100")
    }

    @Test func nestingUpToTheLimitRenders() throws {
        let source = String(repeating: "{% if a %}{% for x in xs %}", count: 50) + "{{ x }}"
            + String(repeating: "{% endfor %}{% endif %}", count: 50)
        #expect(try render(source, ["a": true, "xs": ["y"]]) == "y")
        #expect(TemplateLimits.standard.nestingDepth == 100)
    }

    @Test func elseBranchesCountTheirIfOnce() throws {
        let source = "{% if a %}{% elif b %}{% if a %}x{% endif %}{% else %}{% endif %}"
        #expect(message(source, ["a": false, "b": true], limits: Self.limits(nestingDepth: 2))
            == nil)
        #expect(message(source, ["a": false, "b": true], limits: Self.limits(nestingDepth: 1))
            == "Templates/t.txt:1:23: 'if' nests blocks deeper than the limit of 1")
    }

    // Issue 13: 30 nested loops over two items meant 2^30 iterations and no end. (Through the
    // binary, at the standard limit: FuzzTests.RegressionTests.)
    @Test func exponentialLoopsStopAtTheStepLimit() {
        var source = ""
        for level in 0..<30 { source += "{% for v\(level) in xs %}" }
        source += "word"
        source += String(repeating: "{% endfor %}", count: 30)
        let error = message(source, ["xs": ["a", "b"]], limits: Self.limits(steps: 1_000_000))
        #expect(error?.hasPrefix("Templates/t.txt:1:") == true)
        #expect(error?.hasSuffix("rendering takes more than the limit of 1000000 steps"
            + " (each loop iteration, tag and include counts; nested loops multiply)") == true)
    }

    @Test func standardLimitsAreTheDocumentedOnes() {
        #expect(TemplateLimits.standard == TemplateLimits(
            nestingDepth: 100, includeDepth: 16, steps: 100_000_000, outputBytes: 16 << 30,
            sourceBytes: 16 << 20
        ))
    }

    @Test func stepsCountIterationsTagsAndText() {
        let source = "{% for x in xs %}a{{ x }}{% endfor %}"
        let context: [String: TemplateValue] = ["xs": ["1", "2", "3"]]
        // The loop tag, then per item: the iteration, the text and the variable.
        #expect(message(source, context, limits: Self.limits(steps: 10)) == nil)
        #expect(message(source, context, limits: Self.limits(steps: 9))
            == "Templates/t.txt:1:19: rendering takes more than the limit of 9 steps"
            + " (each loop iteration, tag and include counts; nested loops multiply)")
    }

    @Test func emptyLoopBodiesAndUntakenBranchesStillCount() {
        let source = "{% for x in xs %}{% if no %}{% endif %}{% endfor %}"
        let context: [String: TemplateValue] = ["xs": .list(count: 1_000) { _ in "" }, "no": false]
        #expect(message(source, context, limits: Self.limits(steps: 2_001)) == nil)
        #expect(message(source, context, limits: Self.limits(steps: 2_000)) != nil)
    }

    @Test func outputStopsAtTheLimitNamingTheTag() {
        let context: [String: TemplateValue] = ["a": "12345"]
        #expect(message("ab\n{{ a }}", context, limits: Self.limits(outputBytes: 8)) == nil)
        #expect(message("ab\n{{ a }}", context, limits: Self.limits(outputBytes: 7))
            == "Templates/t.txt:2:1: the output is larger than the limit of 7 bytes")
        #expect(message("{{ a }}\ntext", context, limits: Self.limits(outputBytes: 7))
            == "Templates/t.txt:1:8: the output is larger than the limit of 7 bytes")
    }

    @Test func sourceLargerThanTheLimitIsRefused() {
        #expect(message("0123456789", limits: Self.limits(sourceBytes: 10)) == nil)
        #expect(message("0123456789a", limits: Self.limits(sourceBytes: 10))
            == "Templates/t.txt:1:1: the template is larger than the limit of 10 bytes")
    }

    // Includes are not loops, but a template including another many times, which includes
    // another many times, multiplies just the same.
    @Test func includeFanOutStopsAtTheStepLimit() throws {
        var builtIns: [String: String] = ["t9.txt": ""]
        for level in 0..<9 {
            builtIns["t\(level).txt"] = String(
                repeating: "{% include \"t\(level + 1).txt\" %}", count: 100
            )
        }
        var library = try TemplateLibrary(builtIns: builtIns, limits: Self.limits(steps: 1_000_000))
        let error = #expect(throws: TemplateError.self) {
            try library.render("t0.txt", context: [:], escaping: .none)
        }
        #expect(error?.kind == .tooManySteps(limit: 1_000_000))
    }

    @Test func includeCyclesStopAtTheIncludeDepth() throws {
        var library = try TemplateLibrary(builtIns: [
            "a.txt": "{% include \"b.txt\" %}", "b.txt": "\n{% include \"a.txt\" %}",
        ])
        let error = #expect(throws: TemplateError.self) {
            try library.render("a.txt", context: [:], escaping: .none)
        }
        #expect(error?.description == "Templates/a.txt:1:1: including 'b.txt' exceeds the"
            + " include depth limit of 16 (does a template include itself?)")
    }

    // Text split by many comments used to be joined piece by piece, copying it each time.
    @Test func manyCommentsParseInLinearTime() throws {
        let source = String(repeating: "ab{# c #}", count: 300_000)
        // Joining piece by piece copied about 90 GB here; in place it is 600 KB.
        let started = ContinuousClock.now
        let output = try render(source)
        #expect(output.utf8.count == 600_000)
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test func overrideFilesLargerThanTheLimitAreRefusedUnread() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try write("0123456789a", to: "big.txt", in: directory)
        try FileManager.default.createSymbolicLink(
            atPath: directory.appending(path: "zero.txt").path, withDestinationPath: "/dev/zero"
        )
        var library = try TemplateLibrary(
            builtIns: [:], overrideDirectory: directory, limits: Self.limits(sourceBytes: 10)
        )
        let big = #expect(throws: TemplateError.self) {
            try library.render("big.txt", context: [:], escaping: .none)
        }
        #expect(big?.description == directory.appending(path: "big.txt").path
            + ":1:1: the template is larger than the limit of 10 bytes")
        #expect(throws: TemplateLibraryError.unreadableFile(
            path: directory.appending(path: "zero.txt").path, reason: "not a regular file"
        )) {
            try library.render("zero.txt", context: [:], escaping: .none)
        }
    }

    @Test func aFIFOIsNotOpened() throws {
        let directory = try makeTemporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appending(path: "fifo.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        var library = try TemplateLibrary(builtIns: [:], overrideDirectory: directory)
        #expect(throws: TemplateLibraryError.unreadableFile(
            path: fifo, reason: "not a regular file"
        )) {
            try library.render("fifo.txt", context: [:], escaping: .none)
        }
    }
}
