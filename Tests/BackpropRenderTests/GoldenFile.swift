import Foundation
import Testing

/// Compares rendered output with a file under `Golden/`, byte for byte; with
/// `BACKPROP_UPDATE_GOLDEN=1` in the environment it rewrites the file instead.
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Golden")

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["BACKPROP_UPDATE_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.components(separatedBy: "\n")
            let expectedLines = expected.components(separatedBy: "\n")
            let first = Array(zip(actualLines, expectedLines)).firstIndex { $0.0 != $0.1 } ?? min(actualLines.count, expectedLines.count)
            let got = first < actualLines.count ? actualLines[first] : "<end>"
            let want = first < expectedLines.count ? expectedLines[first] : "<end>"
            Issue.record("\(name) differs at line \(first + 1):\n  got:  \(got)\n  want: \(want)\n(BACKPROP_UPDATE_GOLDEN=1 regenerates)", sourceLocation: sourceLocation)
        }
    }

    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        return [UInt8](try Data(contentsOf: url))
    }
}
