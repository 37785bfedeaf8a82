import BackpropCheck
import BackpropCore
import BackpropSupport
import Foundation
import Testing

/// Every mistake explained (or the first), and explaining stays linear in the network's size.
@Suite struct ExplanationTests {
    /// Two slips, in file order net_h1 then w5; the given w5 comes first in derivation order.
    static let twoMistakes = """
        net_h1 = 0.0275
        out_h1 = 0.506874567
        net_h2 = 0.3925
        w5 = 0.45
        """

    @Test func everyMistakeIsExplainedInDerivationOrder() throws {
        let report = Sheets.check(Self.twoMistakes)
        #expect(report.mistakes.map(\.verdict.name) == ["w5", "net_h1"])
        #expect(report.mistakes.map { $0.diagnosis?.slip } == [.givenMiscopied, .biasLeftOut])
        #expect(report.verdicts[1].mark == .carried)
        #expect(report.firstMistake?.verdict.name == "w5")
    }

    @Test func orOnlyTheFirst() {
        let report = Sheets.check(Self.twoMistakes, explain: .first)
        #expect(report.mistakes.map(\.verdict.name) == ["w5"])
        #expect(report.score.wrong == 2)
    }

    /// A wrong net_o1 of a [1, 20000, 1] network, with every hidden output written: net_o1 has
    /// 40,001 operands, and a slip check or an allowance that tried them one at a time against
    /// the whole formula would do 10⁹ operations, minutes in a debug build. Linear work took 20
    /// seconds in a debug build with the machine's load at ten times its cores; the bound leaves
    /// room for a busier one and none for quadratic work.
    @Test func aWideLayerIsDiagnosedInLinearTime() throws {
        let width = 20_000
        var generator = SplitMix64(seed: 5)
        let setup = try TrainingSetup(
            layerSizes: [1, width, 1],
            weights: (0..<(2 * width)).map { _ in (generator.nextUnitDouble() - 0.5) * 0.01 },
            biases: [[0.1], [0.2]], biasSharing: .perLayer, activations: [.logistic, .logistic],
            examples: [Example(inputs: [0.5], targets: [0.3])], learningRate: 0.5
        )
        let trace = try Engine.run(setup)
        let checker = Checker(trace: trace)
        var lines: [String] = []
        lines.reserveCapacity(width + 1)
        var withoutBias = 0.0
        let netO1 = try #require(trace.index(of: TermID(.netInput, layer: 2, neuron: 0)))
        guard case let .weightedSum(weights, inputs, _) = trace.terms[netO1].formula else {
            Issue.record("net_o1 is a weighted sum")
            return
        }
        for (weight, input) in zip(weights, inputs) {
            withoutBias += trace.terms[weight].value * trace.terms[input].value
            lines.append("\(trace.name(of: trace.terms[input])) = \(Sheets.written(trace.terms[input].value))")
        }
        lines.append("net_o1 = \(Sheets.written(withoutBias))")
        let sheet = AnswerSheet(text: lines.joined(separator: "\n"), source: "wide.txt")
        let clock = ContinuousClock()
        var report: CheckReport?
        let elapsed = clock.measure { report = checker.check(sheet) }
        #expect(report?.score.correct == width)
        #expect(report?.firstMistake?.diagnosis?.slip == .biasLeftOut)
        #expect(elapsed < .seconds(60), "\(elapsed)")
    }
}
