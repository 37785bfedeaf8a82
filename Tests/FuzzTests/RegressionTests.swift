import Foundation
import Testing

/// Reproducers of real fuzz findings, run through the built `backprop` as the fuzzer ran them.
///
/// Issue 13's 30 loops nested around one word is tested in `LimitsTests` with a lower step
/// limit: reaching the standard 100,000,000 steps takes about two minutes in a debug build.
@Suite struct RegressionTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let template: String
        var link: String?
        let status: Int32
        /// The error line after `backprop: error: ` and the template's path.
        let message: String
        var testDescription: String { name }
    }

    static func nested(_ open: String, _ close: String, _ count: Int) -> String {
        String(repeating: open, count: count) + "x" + String(repeating: close, count: count)
    }

    static let cases: [Case] = [
        // Issue 13: SIGSEGV (exit 139) in the parser.
        Case(name: "10,000 nested if", template: nested("{% if title %}", "{% endif %}", 10_000), status: 65,
             message: ":1:1401: 'if' nests blocks deeper than the limit of 100"),
        Case(name: "11,000 nested for", template: nested("{% for v in forward %}", "{% endfor %}", 11_000), status: 65,
             message: ":1:2201: 'for' nests blocks deeper than the limit of 100"),
        Case(name: "self-include", template: "{% include \"markdown/walkthrough.md\" %}", status: 65,
             message: ":1:1: including 'markdown/walkthrough.md' exceeds the include depth limit of 16 (does a template include itself?)"),
        Case(name: "control characters in a tag", template: "{% if a\u{1B}[2J %}{% endif %}", status: 65,
             message: ":1:1: invalid variable path 'a\\u{1B}[2J'"),
        Case(name: "a line break in an include", template: "{% include \"a\nb\" %}", status: 65,
             message: ":1:1: unknown template 'a\\nb'"),
        Case(name: "a link to /dev/zero", template: "", link: "/dev/zero", status: 66,
             message: ": cannot read template: not a regular file"),
    ]

    @Test(arguments: cases)
    func isRefusedInOneLine(_ testCase: Case) throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var fuzzCase = FuzzCase(kind: "template", arguments: ["explain", "--template-dir", "T"], allowedStatuses: [testCase.status])
        if let link = testCase.link {
            fuzzCase.links["T/markdown/walkthrough.md"] = link
        } else {
            fuzzCase.files["T/markdown/walkthrough.md"] = Array(testCase.template.utf8)
        }
        let result = try FuzzRunner.run(fuzzCase, timeout: 120, in: work)
        #expect(FindingClassifier.findings(of: fuzzCase, result: result).isEmpty)
        #expect(result.ending == .exited(testCase.status))
        let error = String(decoding: result.error, as: UTF8.self)
        #expect(error.hasPrefix("backprop: error: "), "\(error)")
        #expect(error.hasSuffix("T/markdown/walkthrough.md" + testCase.message + "\n"), "\(error)")
        #expect(error.split(separator: "\n").count == 1)
    }

    // Found by the fuzz pass: on a full disk, `templates export` left part of the set behind.
    @Test func aFailedExportLeavesNothingBehind() throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        var fuzzCase = FuzzCase(kind: "full-disk", arguments: ["templates", "export", "T"], allowedStatuses: [73, 74], outputs: ["T"])
        fuzzCase.disruption = .fileSizeLimit(bytes: 1_024)
        let result = try FuzzRunner.run(fuzzCase, timeout: 60, in: work)
        #expect(FindingClassifier.findings(of: fuzzCase, result: result).isEmpty)
        #expect(result.filesAfter.isEmpty)
        #expect(String(decoding: result.error, as: UTF8.self).lowercased().hasSuffix(": cannot write: file too large\n"))
    }
}
