import Foundation

/// Runs that are interrupted, or whose disk or standard output is full.
enum DisruptionCases {
    static func make(using random: inout SeededRandom) -> FuzzCase {
        let commands: [(arguments: [String], outputs: [String], folder: (String, Int)?)] = [
            (["explain", "-o", "out.md"], ["out.md"], nil),
            (["explain", "--format", "html", "--detail", "all", "-o", "out.html"], ["out.html"], nil),
            (["explain", "--format", "latex", "--steps", "100000", "-o", "out.tex"], ["out.tex"], nil),
            (["exercise", "--seed", "5", "--count", "3", "--out-dir", "ex"], [], ("ex", 19)),
            (["templates", "export", "T"], ["T"], nil),
            (["worksheet", "--formulas", "-o", "sheet.txt"], ["sheet.txt"], nil),
            (["explain", "--format", "json"], [], nil),
        ]
        let (arguments, outputs, folder) = random.pick(commands)
        var fuzzCase = FuzzCase(kind: "disruption", arguments: arguments, allowedStatuses: [0, 73, 74], outputs: outputs)
        fuzzCase.outputFolder = folder
        switch Int.random(in: 0..<3, using: &random) {
        case 0:
            fuzzCase.disruption = .standardOutputFull
            fuzzCase.kind = "full-stdout"
        case 1:
            fuzzCase.disruption = .fileSizeLimit(bytes: random.pick([512, 4_096, 65_536]))
            fuzzCase.kind = "full-disk"
        default:
            // Half in the first 50 ms, where a handler not yet in place once lost signals.
            let delay = random.chance(0.5) ? Int.random(in: 0...50, using: &random) : Int.random(in: 0...400, using: &random)
            fuzzCase.disruption = .signal(random.pick([SIGINT, SIGTERM, SIGHUP]), afterMilliseconds: delay)
            fuzzCase.kind = "signal"
        }
        return fuzzCase
    }
}
