import BackpropCheck
import BackpropCore
import BackpropRender
@testable import BackpropReport
import Foundation
import Testing

/// The pieces of `check`'s output that the end-to-end tests cannot reach: colour, the JSON
/// number grammar, and the option names the caller supplies.
@Suite struct CheckRenderingTests {
    static let names = OptionNames(
        given: [], option: { option in
            if case .updateBiases = option { return "--learn-biases" }
            return "--later"
        },
        networkValues: "--numbers"
    )

    @Test func colourOnlyWhenEnabled() throws {
        let trace = try Engine.run(.reference)
        let report = Checker(trace: trace).check(
            try AnswerSheet(text: "net_h1 = 0.3775\nout_h1 = 0.9\n", source: "a")
        )
        let coloured = CheckTextRenderer(
            trace: trace, format: NumberFormat(digits: 9), style: TextStyle(enabled: true),
            options: Self.names
        ).render(report)
        #expect(coloured.contains("\u{1B}[32m\u{2713}\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mFirst mistake: out_h1 on line 2\u{1B}[0m"))
        let plain = CheckTextRenderer(
            trace: trace, format: NumberFormat(digits: 9), style: .plain, options: Self.names
        ).render(report)
        #expect(!plain.contains("\u{1B}"))
        #expect(plain.contains("Diagnosis: No known slip gives your value"))
    }

    @Test(arguments: [
        ("0.40", true), ("-0.019049119", true), ("5.5e-4", true), ("12", true), ("0", true),
        (".5", false), ("+3", false), ("3.", false), ("01", false), ("\u{2212}0.5", false), ("1e", false),
    ])
    func jsonNumberGrammar(text: String, valid: Bool) {
        #expect(CheckJSONRenderer.isJSONNumber(text) == valid)
    }

    @Test func writtenNumbersKeepTheirDigitsInJSON() throws {
        let trace = try Engine.run(.reference)
        let report = Checker(trace: trace).check(
            try AnswerSheet(text: "w5 = 0.40\nnet_h1 = .3775\n", source: "a")
        )
        let json = CheckJSONRenderer(trace: trace, options: Self.names).render(report)
        #expect(json.contains("\"written\": 0.40,"))
        #expect(json.contains("\"written\": 0.3775,"))
    }

    /// The report names options in the caller's words, never its own.
    @Test func optionsAreNamedByTheCaller() throws {
        let trace = try Engine.run(.reference)
        let report = Checker(trace: trace).check(
            try AnswerSheet(text: "b1+ = 0.35\ni1 = 0.06\n", source: "a")
        )
        let text = CheckTextRenderer(
            trace: trace, format: NumberFormat(digits: 9), style: .plain, options: Self.names
        ).render(report)
        #expect(text.contains("not asked: computed only with --learn-biases"))
        #expect(text.contains("give them to check (--numbers)"))
        #expect(!text.contains("--update-biases"))
    }

    @Test func sentencesNameTheTerms() throws {
        let trace = try Engine.run(.reference)
        let report = Checker(trace: trace).check(try AnswerSheet(text: "net_h1 = 0.0275\n", source: "a"))
        let mistake = try #require(report.firstMistake)
        let sentence = DiagnosisText(trace: trace, options: Self.names)
            .sentence(try #require(mistake.diagnosis), mistake: mistake.term)
        #expect(sentence == "The bias was left out: net_h1 is the weighted sum of its inputs plus b1*1.")
    }

    /// The slope taken at out names the activation's own slope: 1 − f² for tanh.
    @Test func aSlopeTakenAtTheOutputNamesTheActivationsSlope() throws {
        let setup = try TrainingSetup(
            network: Network(
                layerSizes: [2, 2, 2], weights: Network.reference.weights, biases: [[0.35], [0.6]],
                biasSharing: .perLayer, activations: [.tanh, .tanh]
            ),
            examples: TrainingSetup.reference.examples, learningRate: 0.5
        )
        let trace = try Engine.run(setup)
        let slope = try #require(trace[named: "dout_o1/dnet_o1"])
        let out = try #require(trace[named: "out_o1"]).value
        let squashedTwice = 1 - Foundation.tanh(out) * Foundation.tanh(out)
        let report = Checker(trace: trace).check(try AnswerSheet(
            text: "dout_o1/dnet_o1 = \(squashedTwice)\n", source: "a"
        ))
        let mistake = try #require(report.firstMistake)
        #expect(mistake.diagnosis?.slip == .outForNet)
        let sentence = DiagnosisText(trace: trace, options: Self.names)
            .sentence(try #require(mistake.diagnosis), mistake: mistake.term)
        #expect(sentence.contains("f'(net) = 1 - f(net)^2 is already written with out_o1"))
        #expect(slope.value != squashedTwice)
    }
}
