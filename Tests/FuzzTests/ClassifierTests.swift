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
}
