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
        var known: [String: Int] = [:]
        var new: [String] = []
        for index in settings.cases {
            let fuzzCase = FuzzCaseGenerator.make(seed: settings.seed, case: index)
            counts[fuzzCase.kind, default: 0] += 1
            let result = try FuzzRunner.run(fuzzCase, timeout: settings.timeout, in: work)
            for finding in FindingClassifier.findings(of: fuzzCase, result: result) {
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
        #expect(new.isEmpty, "new findings (reproducers in \(settings.findingsFolder.path)):\n\(new.joined(separator: "\n"))")
    }

    @Test func casesAreReproducible() {
        for index in [0, 1, 57, 299] {
            let first = FuzzCaseGenerator.make(seed: 13, case: index)
            let again = FuzzCaseGenerator.make(seed: 13, case: index)
            #expect(first.arguments == again.arguments && first.files == again.files && first.disruption == again.disruption)
        }
    }
}
