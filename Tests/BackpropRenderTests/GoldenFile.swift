import Foundation
import Testing

/// Compares a rendered document with a file in `Golden/`, or rewrites the file when
/// `BACKPROP_UPDATE_GOLDEN=1` (see `Golden/README.md`).
enum GoldenFile {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

    static var updating: Bool { ProcessInfo.processInfo.environment["BACKPROP_UPDATE_GOLDEN"] == "1" }

    static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appending(path: name)
        if updating {
            try Data(actual.utf8).write(to: url, options: .atomic)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        guard actual != expected else { return }
        let actualLines = actual.components(separatedBy: "\n")
        let expectedLines = expected.components(separatedBy: "\n")
        let line = Array(zip(actualLines, expectedLines)).firstIndex { $0.0 != $0.1 }
            ?? min(actualLines.count, expectedLines.count)
        let got = line < actualLines.count ? actualLines[line] : "(end of output)"
        let wanted = line < expectedLines.count ? expectedLines[line] : "(end of file)"
        let message = "\(name) differs at line \(line + 1):\n  expected: \(wanted)\n  actual:   \(got)\n"
            + "(BACKPROP_UPDATE_GOLDEN=1 swift test --filter GoldenTests rewrites it)"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appending(path: "backprop-render-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The bytes of a file under `Fixtures/`.
    static func fixture(_ name: String) throws -> [UInt8] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appending(path: "Fixtures").appending(path: name)
        return [UInt8](try Data(contentsOf: url))
    }
}
