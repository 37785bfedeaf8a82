import BuiltInTemplates
import Foundation
import Testing
import TemplateKit

/// Rendering into a sink and lazy lists: the same output as the eager forms, in bounded memory.
@Suite struct StreamingTests {
    /// Keeps the chunks, to compare their joined bytes and check each one.
    struct ChunkCollector: TemplateSink {
        var chunks: [[UInt8]] = []
        mutating func write(_ chunk: [UInt8]) {
            chunks.append(chunk)
        }
    }

    /// Counts bytes and lines, and notes the largest resident memory seen while rendering.
    struct CountingSink: TemplateSink {
        var bytes = 0
        var lines = 0
        var peakResidentBytes = 0
        mutating func write(_ chunk: [UInt8]) {
            bytes += chunk.count
            lines += chunk.count { $0 == UInt8(ascii: "\n") }
            peakResidentBytes = max(peakResidentBytes, residentBytes())
        }
    }

    struct Failing: Error, Equatable {}

    struct FailingSink: TemplateSink {
        mutating func write(_ chunk: [UInt8]) throws { throw Failing() }
    }

    static let rows = "{% for row in rows %}{{ loop.index }}/{{ loop.length }} {{ row.name }}"
        + "{% if loop.first %} first{% endif %}{% if loop.last %} last{% endif %}\n{% endfor %}"

    static func row(_ index: Int) -> TemplateValue {
        ["name": .text("∂E/∂w\(index) <δ>")]
    }

    @Test(arguments: [1, 3, 40_000])
    func sinkChunksJoinToTheStringAndAreEachUTF8(count: Int) throws {
        let template = try Template(source: Self.rows, name: "t.txt")
        let context: [String: TemplateValue] = ["rows": .list((0..<count).map(Self.row))]
        var collector = ChunkCollector()
        try template.render(context, escaping: .html, into: &collector)
        let string = try template.render(context, escaping: .html)
        #expect(collector.chunks.flatMap { $0 } == Array(string.utf8))
        #expect(collector.chunks.allSatisfy { String(validating: $0, as: UTF8.self) != nil })
        #expect(collector.chunks.allSatisfy { $0.count < 70_000 })
        #expect(collector.chunks.count == (count == 40_000 ? 23 : 1))
    }

    @Test func libraryRendersIntoASinkWithIncludes() throws {
        var library = try TemplateLibrary(builtIns: [
            "page.txt": "{% for row in rows %}{% include \"row.txt\" %}{% endfor %}",
            "row.txt": "[{{ row.name }}]",
        ])
        let context: [String: TemplateValue] = ["rows": .list((0..<5_000).map(Self.row))]
        var collector = ChunkCollector()
        try library.render("page.txt", context: context, escaping: .markdown, into: &collector)
        let string = try library.render("page.txt", context: context, escaping: .markdown)
        #expect(collector.chunks.flatMap { $0 } == Array(string.utf8))
    }

    @Test func aSinkErrorStopsRenderingUnchanged() throws {
        let template = try Template(source: "x", name: "t.txt")
        var sink = FailingSink()
        #expect(throws: Failing()) {
            try template.render([:], escaping: .none, into: &sink)
        }
    }

    @Test(arguments: [0, 1, 2, 7])
    func lazyListsRenderLikeEagerOnes(count: Int) throws {
        let source = Self.rows + "{% if rows %}some{% else %}none{% endif %}"
            + "{% for row in rows %}{% for again in rows %}{{ loop.parent.index }}"
            + "{{ loop.index }} {% endfor %}{% endfor %}"
        let eager: [String: TemplateValue] = ["rows": .list((0..<count).map(Self.row))]
        let lazy: [String: TemplateValue] = ["rows": .list(count: count) { Self.row($0) }]
        #expect(try render(source, lazy, escaping: .latex) == render(source, eager, escaping: .latex))
    }

    @Test func lazyListsAreListsEverywhere() throws {
        let lazy: TemplateValue = .list(count: 2) { .text("\($0)") }
        #expect(renderError("{{ rows }}", ["rows": lazy])
            == "Templates/t.txt:1:1: cannot print 'rows': it is a list")
        #expect(lazy == ["0", "1"])
        #expect(lazy != ["0", "2"])
        #expect(lazy.isTruthy)
        #expect(!TemplateValue.list(count: 0) { _ in "x" }.isTruthy)
    }

    @Test func anItemErrorStopsRenderingUnchanged() throws {
        let context: [String: TemplateValue] = ["rows": .list(count: 3) { index in
            if index == 1 { throw Failing() }
            return "x"
        }]
        #expect(throws: Failing()) { try render("{% for r in rows %}{{ r }}{% endfor %}", context) }
    }

    /// A million items of 512 bytes would take over 500 MB if they were all made at once, or if
    /// the output were kept; rendering them into a sink that only counts must not.
    @Test func aMillionLazyItemsRenderInBoundedMemory() throws {
        let template = try Template(
            source: "{% for row in rows %}{{ loop.index }} {{ row }}\n{% endfor %}", name: "t.txt"
        )
        let rows = TemplateValue.list(count: 1_000_000) { index in
            .text(String(repeating: "x", count: 500) + String(index % 10))
        }
        let before = residentBytes()
        var sink = CountingSink()
        try template.render(["rows": rows], escaping: .none, into: &sink)
        #expect(sink.lines == 1_000_000)
        let indexDigits = (1...1_000_000).reduce(0) { $0 + String($1).count }
        #expect(sink.bytes == 1_000_000 * 503 + indexDigits)
        // Other suites run in this process at the same time, so the bound leaves them room; it is
        // still half of what making the items at once would take.
        let growth = sink.peakResidentBytes - before
        #expect(growth < 256 << 20, "resident memory grew by \(growth >> 20) MiB")
    }
}

/// This process's resident memory, from /proc/self/statm (Linux).
func residentBytes() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = statm.split(separator: " ").dropFirst().first.flatMap({ Int($0) })
    else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}
