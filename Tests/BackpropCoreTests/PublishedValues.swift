import Foundation
import Testing

/// The reference walkthrough's published numbers, read from the fixture kept beside the tests
/// (a copy of the reference's `published-values.json`).
struct PublishedValues {
    let step: [String: String]
    let roundingArtifacts: [String: String]
    let summaryUpdated: [String: String]
    let summaryOriginal: [String: String]

    static func load() throws -> PublishedValues {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/published-values.json")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
        let root = try #require(object as? [String: Any])
        func strings(_ value: Any?) throws -> [String: String] {
            try #require(value as? [String: String])
        }
        let summary = try #require(root["summary"] as? [String: Any])
        return PublishedValues(
            step: try strings(root["step"]),
            roundingArtifacts: try strings(root["roundingArtifacts"]),
            summaryUpdated: try strings(summary["values"]),
            summaryOriginal: try strings(root["summaryWithOriginalWeights"])
        )
    }
}

/// Whether `value` rounds to `printed` at the number of decimals `printed` shows.
func rounds(_ value: Double, to printed: String) -> Bool {
    guard let written = Double(printed) else { return false }
    let decimals = printed.split(separator: ".").last.map { $0.count } ?? 0
    let unit = pow(10.0, -Double(decimals))
    return abs(value - written) <= unit / 2 * (1 + 1e-9)
}
