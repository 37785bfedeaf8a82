import BackpropCheck
import BackpropCore
import BackpropSupport
import Foundation
import Testing

/// One worked sheet per slip of the catalogue: every term before the slip right to 9 decimals,
/// then the slipped value, computed here by hand from the walkthrough's numbers.
@Suite struct SlipDiagnosisTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let term: String
        let written: String
        let slip: Slip
        var hiddenUses: HiddenWeights = .original
        var testDescription: String { "\(slip.rawValue): \(term) = \(written)" }
    }

    // The walkthrough's exact values, for the hand computations below.
    static let outH1 = 0.5932699921071872, outH2 = 0.596884378259767
    static let netH1 = 0.3775, netH2 = 0.39249999999999996
    static let netO1 = 1.10590596705977, outO1 = 0.7513650695523157
    static let deltaO1 = 0.13849856162855698, gradientW5 = 0.08216704056423078
    static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
    static func nine(_ value: Double) -> String { Sheets.written(value) }

    static let cases: [Case] = [
        Case(term: "w5", written: "0.45", slip: .givenMiscopied),
        Case(term: "dE_total/dout_o1", written: nine(0.01 - outO1), slip: .flippedSign),
        Case(term: "delta_o1", written: nine(-deltaO1), slip: .flippedSign),
        Case(term: "delta_o1", written: nine(outO1 - 0.01), slip: .missingActivationSlope),
        Case(term: "net_o1", written: nine(0.4 * netH1 + 0.45 * netH2 + 0.6), slip: .netForOut),
        Case(term: "dout_o1/dnet_o1", written: nine(netO1 * (1 - netO1)), slip: .netForOut),
        Case(term: "dE_total/dw5", written: nine(deltaO1 * netH1), slip: .netForOut),
        Case(
            term: "dout_o1/dnet_o1", written: nine(logistic(outO1) * (1 - logistic(outO1))),
            slip: .outForNet
        ),
        Case(term: "net_h1", written: "0.0275", slip: .biasLeftOut),
        Case(term: "E_o1", written: nine((0.01 - outO1) * (0.01 - outO1)), slip: .halfDropped),
        Case(term: "dE_total/dout_o1", written: nine(2 * (outO1 - 0.01)), slip: .halfDropped),
        Case(term: "dnet_o1/dout_h1", written: nine(0.4 - 0.5 * gradientW5), slip: .otherOrdering),
        Case(term: "dnet_o1/dout_h1", written: "0.400000000", slip: .otherOrdering, hiddenUses: .updated),
        Case(term: "w5+", written: nine(0.4 - gradientW5), slip: .learningRateLeftOut),
        Case(term: "w5+", written: nine(0.4 + 0.5 * gradientW5), slip: .updateAdded),
        Case(term: "net_o1", written: nine(0.4 * outH1 + 0.5 * outH2 + 0.6), slip: .weightsSwapped),
        Case(term: "dE_total/dw6", written: "-0.022602540", slip: .weightsSwapped),
        Case(term: "out_h1", written: "0.5932", slip: .roundingOnly),
        Case(term: "net_o1", written: nine(0.4 * 0.593 + 0.45 * outH2 + 0.6), slip: .roundingOnly),
    ]

    @Test(arguments: cases)
    func eachSlipIsRecognisedByName(_ example: Case) throws {
        let trace = try Engine.run(.reference, options: TrainingOptions(hiddenUses: example.hiddenUses))
        var text = Sheets.text(trace, through: example.term)
        if trace[named: example.term]?.formula == .given {
            text = ""
        } else {
            text = text.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        }
        text += "\(example.term) = \(example.written)\n"
        let report = try Sheets.check(text, against: trace)
        let mistake = try #require(report.firstMistake)
        #expect(mistake.verdict.name == example.term)
        #expect(mistake.diagnosis?.slip == example.slip, "\(String(describing: mistake.diagnosis))")
        #expect(report.marked(.wrong).count == 1)
    }

    @Test func wideLayersAreDiagnosedToo() throws {
        // 100 inputs into net_o1: beyond the one-at-a-time search, the slips that change every
        // operand at once, or none, are still found.
        var generator = SplitMix64(seed: 11)
        let sizes = [20, 100, 3]
        let network = try TrainingSetup(
            layerSizes: sizes,
            weights: (0..<2300).map { _ in generator.nextUnitDouble() - 0.5 },
            biases: [[0.1], [0.2]], biasSharing: .perLayer, activations: [.logistic, .logistic],
            examples: [Example(inputs: Array(repeating: 0.1, count: 20), targets: [0.2, 0.5, 0.8])],
            learningRate: 0.5
        )
        let trace = try Engine.run(network)
        let netO1 = try #require(trace[named: "net_o1"])
        guard case let .weightedSum(weights, inputs, bias?) = netO1.formula else {
            Issue.record("net_o1 is a weighted sum")
            return
        }
        var fromNets = 0.0, withoutBias = 0.0
        for (weight, input) in zip(weights, inputs) {
            let w = trace.terms[weight].value
            let output = trace.terms[input]
            let net = TermID(.netInput, layer: output.layer, neuron: output.neuron)
            fromNets += w * (trace[net]?.value ?? .nan)
            withoutBias += w * trace.terms[input].value
        }
        fromNets += trace.terms[bias].value
        for (value, slip) in [(fromNets, Slip.netForOut), (withoutBias, .biasLeftOut)] {
            let report = try Sheets.check(
                Sheets.text(trace, overrides: ["net_o1": Sheets.written(value)], through: "net_o1"),
                against: trace
            )
            #expect(report.firstMistake?.diagnosis?.slip == slip)
        }
    }

    @Test func anUnexplainedMistakeHasNoDiagnosis() throws {
        let report = try Sheets.check("net_h1 = 0.9\n")
        #expect(report.firstMistake?.verdict.name == "net_h1")
        #expect(report.firstMistake?.diagnosis == nil)
    }

    @Test func aDiagnosisNamesTheTermsThatShowIt() throws {
        let report = try Sheets.check("net_h1 = 0.0275\n")
        let diagnosis = try #require(report.firstMistake?.diagnosis)
        #expect(diagnosis.detail == .biasLeftOut(bias: try #require(Sheets.reference.index(named: "b1"))))
    }
}
