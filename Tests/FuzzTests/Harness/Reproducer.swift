import Foundation

/// Shrinks a case that shows a finding, and writes it as a folder anyone can replay.
enum Reproducer {
    /// The smallest variant of `fuzzCase` found within `budget` runs that still shows a finding
    /// of the same kind: arguments dropped one at a time, then files cut down by halves.
    static func minimized(
        _ fuzzCase: FuzzCase, kind: Finding.Kind, timeout: Double, in folder: URL, budget: Int = 40
    ) -> FuzzCase {
        var best = fuzzCase
        var runs = 0
        func stillFails(_ candidate: FuzzCase) -> Bool {
            guard runs < budget else { return false }
            runs += 1
            guard let result = try? FuzzRunner.run(candidate, timeout: timeout, in: folder) else { return false }
            return FindingClassifier.findings(of: candidate, result: result).contains { $0.kind == kind }
        }
        var index = 1
        while index < best.arguments.count {
            var candidate = best
            candidate.arguments.remove(at: index)
            if stillFails(candidate) { best = candidate } else { index += 1 }
        }
        for name in best.files.keys.sorted() {
            var chunk = (best.files[name]?.count ?? 0) / 2
            while chunk >= 1, runs < budget {
                var shrunk = false
                var start = 0
                while let bytes = best.files[name], start < bytes.count {
                    var candidate = best
                    candidate.files[name]?.removeSubrange(start..<min(bytes.count, start + chunk))
                    if stillFails(candidate) { best = candidate; shrunk = true } else { start += chunk }
                    if runs >= budget { break }
                }
                if !shrunk { chunk /= 2 }
            }
        }
        return best
    }

    /// Writes `fuzzCase` to `folder/NAME/`: its files, `run.sh` (run from that folder with the
    /// binary on PATH) and `finding.txt`; returns the folder.
    @discardableResult
    static func write(
        _ fuzzCase: FuzzCase, finding: Finding, seed: UInt64, caseIndex: Int, to folder: URL
    ) throws -> URL {
        let target = folder.appendingPathComponent(String(format: "case%05d-%@", caseIndex, finding.kind.rawValue))
        try? FileManager.default.removeItem(at: target)
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        try FuzzRunner.lay(fuzzCase, in: target)
        var script = "#!/bin/sh\n# \(fuzzCase.kind) case \(caseIndex) of seed \(seed): \(FindingClassifier.escaped(finding.description))\n"
        script += "# Replay the whole case: BACKPROP_FUZZ_SEED=\(seed) BACKPROP_FUZZ_CASE=\(caseIndex) swift test --filter FuzzTests\n"
        switch fuzzCase.disruption {
        case .none: script += fuzzCase.shellCommand + "\n"
        case .standardOutputFull: script += fuzzCase.shellCommand + " > /dev/full\n"
        case .fileSizeLimit(let bytes): script += "trap '' XFSZ; ulimit -f \(max(1, bytes / 512))\n" + fuzzCase.shellCommand + "\n"
        case .signal(let signal, let delay):
            script += fuzzCase.shellCommand + " &\nsleep \(Double(delay) / 1000); kill -\(signal) $!; wait $!\n"
        }
        script += "echo \"exit status $?\"\n"
        try Data(script.utf8).write(to: target.appendingPathComponent("run.sh"))
        return target
    }
}
