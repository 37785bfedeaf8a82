import Foundation
import Testing

/// The classifier catches each kind of finding, so a pass that finds nothing means something.
@Suite struct ClassifierTests {
    static let plain = FuzzCase(kind: "test", arguments: ["explain"], allowedStatuses: [0, 65])

    func kinds(_ ending: RunResult.Ending, of fuzzCase: FuzzCase = plain, error: String = "", files: [String] = [], signalSent: Bool = false) -> [Finding.Kind] {
        let result = RunResult(ending: ending, output: [], error: Array(error.utf8), filesAfter: files, signalSent: signalSent, seconds: 0)
        return FindingClassifier.findings(of: fuzzCase, result: result).map(\.kind)
    }

    @Test func keptPromisesAreNoFinding() {
        #expect(kinds(.exited(0)) == [])
        #expect(kinds(.exited(65), error: "backprop: error: net.json:1:1: expected an object\n") == [])
        #expect(kinds(.exited(0), error: "backprop: wrote 3 files\n") == [])
    }

    @Test func eachBrokenPromiseIsFound() {
        #expect(kinds(.signalled(11)) == [.crash])
        #expect(kinds(.timedOut) == [.hang])
        #expect(kinds(.exited(70), error: "backprop: error: x\n") == [.wrongStatus])
        #expect(kinds(.exited(66), error: "backprop: error: x\n") == [.wrongStatus])
        #expect(kinds(.exited(65)) == [.badErrorOutput])
        #expect(kinds(.exited(65), error: "backprop: error: x\nmore\n") == [.badErrorOutput])
        #expect(kinds(.exited(65), error: "backprop: error: x\nbackprop: error: y\n") == [.badErrorOutput])
        #expect(kinds(.exited(65), error: "backprop: error: a\u{1B}[31m\n") == [.badErrorOutput])
        #expect(kinds(.exited(65), error: "backprop: error: x") == [.badErrorOutput])
        #expect(kinds(.exited(65), error: "backprop: error: x\n", files: ["out.md.tmp"]) == [.leftovers])
    }

    @Test func aHintLineAndSeveralAnswerFilesAreAllowed() {
        #expect(kinds(.exited(65), error: "backprop: error: x\nbackprop: see 'backprop help explain'\n") == [])
        var check = Self.plain
        check.arguments = ["check", "a.txt", "b.txt"]
        check.files = ["a.txt": [], "b.txt": []]
        #expect(kinds(.exited(65), of: check, error: "backprop: error: a\nbackprop: error: b\n") == [])
    }

    @Test func interruptedRunsMayDieOfTheirSignalButLeaveNothing() {
        var interrupted = Self.plain
        interrupted.disruption = .signal(15, afterMilliseconds: 0)
        interrupted.outputFolder = ("ex", 3)
        #expect(kinds(.signalled(15), of: interrupted, signalSent: true) == [])
        #expect(kinds(.exited(143), of: interrupted, signalSent: true) == [])
        #expect(kinds(.signalled(15), of: interrupted, files: ["ex", "ex/a", "ex/b", "ex/c"], signalSent: true) == [])
        #expect(kinds(.signalled(15), of: interrupted, files: ["ex", "ex/a"], signalSent: true) == [.leftovers])
        #expect(kinds(.signalled(11), of: interrupted, signalSent: true) == [.crash])
    }

    @Test func lostSignalsMemoryAndDamagedOutputAreFound() {
        var interrupted = Self.plain
        interrupted.disruption = .signal(15, afterMilliseconds: 10)
        func result(_ ending: RunResult.Ending, after: Double?, peak: Int? = nil, output: String = "") -> RunResult {
            RunResult(ending: ending, output: Array(output.utf8), error: [], filesAfter: [], signalSent: after != nil,
                      seconds: 1, secondsAfterSignal: after, peakKilobytes: peak)
        }
        func kinds(_ fuzzCase: FuzzCase, _ result: RunResult) -> [Finding.Kind] {
            FindingClassifier.findings(of: fuzzCase, result: result).map(\.kind)
        }
        #expect(kinds(interrupted, result(.exited(0), after: 12.7)) == [.lostSignal])
        #expect(kinds(interrupted, result(.exited(0), after: 0.002)) == [])
        #expect(kinds(interrupted, result(.exited(143), after: 0.01)) == [])
        var train = interrupted
        train.arguments = ["train"]
        train.disruption = .signal(SIGINT, afterMilliseconds: 10)
        #expect(kinds(train, result(.exited(0), after: 3)) == [], "a first Ctrl-C asks train to stop")
        #expect(kinds(Self.plain, result(.exited(0), after: nil, peak: 2 << 20)) == [.memory])
        #expect(kinds(Self.plain, result(.exited(0), after: nil, peak: 300 << 10)) == [])
        var pdf = Self.plain
        pdf.outputEnd = "%%EOF"
        #expect(kinds(pdf, result(.exited(0), after: nil, output: "%PDF…%%EOF\n")) == [])
        #expect(kinds(pdf, result(.exited(0), after: nil, output: "%PDF…%%EOF\nwrote 2 exercises\n")) == [.damagedOutput])
    }
}
