import Foundation

/// How a fuzz pass runs, from the environment; the defaults are the short pass `swift test` runs.
///
/// - `BACKPROP_FUZZ_RUNS`: cases to run (default 300).
/// - `BACKPROP_FUZZ_SEED`: the pass's seed (default 13), so a pass is reproducible.
/// - `BACKPROP_FUZZ_CASE`: run only this case number of the seed (to replay a finding).
/// - `BACKPROP_FUZZ_TIMEOUT`: seconds before a run counts as a hang (default 30).
/// - `BACKPROP_FUZZ_FINDINGS`: folder for the reproducers (default: a folder in the temporary
///   directory, named in the test's output).
struct FuzzSettings {
    var runs = 300
    var seed: UInt64 = 13
    var onlyCase: Int?
    var timeout: Double = 30
    var findingsFolder: URL

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        if let runs = environment["BACKPROP_FUZZ_RUNS"].flatMap({ Int($0) }) { self.runs = runs }
        if let seed = environment["BACKPROP_FUZZ_SEED"].flatMap({ UInt64($0) }) { self.seed = seed }
        onlyCase = environment["BACKPROP_FUZZ_CASE"].flatMap { Int($0) }
        if let timeout = environment["BACKPROP_FUZZ_TIMEOUT"].flatMap({ Double($0) }) {
            self.timeout = timeout
        }
        findingsFolder = environment["BACKPROP_FUZZ_FINDINGS"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory
                .appendingPathComponent("backprop-fuzz-findings-seed\(seed)")
    }

    /// The case numbers this pass runs.
    var cases: [Int] {
        onlyCase.map { [$0] } ?? Array(0..<runs)
    }
}
