import Foundation
import Testing

/// The fuzz pass: generated and mutated inputs run through the built `backprop`, every run
/// judged by `FindingClassifier`. `swift test` runs the short pass (300 cases, seed 13); set
/// `BACKPROP_FUZZ_RUNS` and `BACKPROP_FUZZ_SEED` for a long one (docs/fuzzing.md).
@Suite struct FuzzTests {
    @Test func fuzzPass() throws {
        let settings = FuzzSettings()
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("backprop-fuzz-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }

        var counts: [String: Int] = [:]
        var table: [String: [Finding.Kind: Int]] = [:]
        var known: [String: Int] = [:]
        var new: [String] = []
        for index in settings.cases {
            let fuzzCase = FuzzCaseGenerator.make(seed: settings.seed, case: index)
            counts[fuzzCase.kind, default: 0] += 1
            let result = try FuzzRunner.run(fuzzCase, timeout: settings.timeout, in: work)
            for finding in FindingClassifier.findings(of: fuzzCase, result: result) {
                table[fuzzCase.kind, default: [:]][finding.kind, default: 0] += 1
                if let issue = KnownIssue.matching(fuzzCase, finding) {
                    known[issue.id, default: 0] += 1
                    continue
                }
                let small = Reproducer.minimized(fuzzCase, kind: finding.kind, timeout: settings.timeout, in: work)
                let folder = try Reproducer.write(small, finding: finding, seed: settings.seed, caseIndex: index,
                                                  to: settings.findingsFolder)
                new.append("case \(index) (\(fuzzCase.kind)) \(finding): \(folder.path)/run.sh")
            }
        }
        let summary = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let knownSummary = known.sorted { $0.key < $1.key }.map { "\($0.key) ×\($0.value)" }.joined(separator: ", ")
        print("fuzz: seed \(settings.seed), \(settings.cases.count) cases (\(summary)); known issues: \(knownSummary.isEmpty ? "none" : knownSummary); new findings: \(new.count)")
        print(Self.findingTable(counts: counts, findings: table))
        #expect(new.isEmpty, "new findings (reproducers in \(settings.findingsFolder.path)):\n\(new.joined(separator: "\n"))")
    }

    /// Runs and findings of each kind, a row per family, for the closing notes of a pass.
    static func findingTable(counts: [String: Int], findings: [String: [Finding.Kind: Int]]) -> String {
        let kinds = Finding.Kind.allCases
        let header = ["family", "runs"] + kinds.map(\.rawValue)
        var rows = counts.keys.sorted().map { family in
            [family, String(counts[family] ?? 0)] + kinds.map { String(findings[family]?[$0] ?? 0) }
        }
        rows.append(["all", String(counts.values.reduce(0, +))]
                    + kinds.map { kind in String(findings.values.map { $0[kind] ?? 0 }.reduce(0, +)) })
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.indices.map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    @Test func casesAreReproducible() {
        for index in [0, 1, 57, 299] {
            let first = FuzzCaseGenerator.make(seed: 13, case: index)
            let again = FuzzCaseGenerator.make(seed: 13, case: index)
            #expect(first.arguments == again.arguments && first.files == again.files && first.disruption == again.disruption)
        }
    }
}
