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
        option: { option in
            if case .updateBiases = option { return "--learn-biases" }
            return "--later"
        },
        networkValues: "--numbers"
    )

    static func sheet(_ text: String, trace: Trace? = nil, origin: CheckedSheet.Origin = .options) throws -> CheckedSheet {
        let trace = try trace ?? Engine.run(.reference)
        return CheckedSheet(
            report: Checker(trace: trace).check(AnswerSheet(text: text, source: "a")),
            trace: trace, origin: origin, options: []
        )
    }

    static func text(_ sheet: CheckedSheet, style: TextStyle = .plain) -> String {
        CheckTextRenderer(format: NumberFormat(digits: 9), style: style, options: names).render(sheet)
    }

    @Test func colourOnlyWhenEnabled() throws {
        let sheet = try Self.sheet("net_h1 = 0.3775\nout_h1 = 0.9\n")
        let coloured = Self.text(sheet, style: TextStyle(enabled: true))
        #expect(coloured.contains("\u{1B}[32m\u{2713}\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mMistake: out_h1 on line 2\u{1B}[0m"))
        let plain = Self.text(sheet)
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
        let json = CheckJSONRenderer(options: Self.names).render(
            try Self.sheet("w5 = 0.40\nnet_h1 = .3775\nout_h1 = 5.933x10^-1\n")
        )
        #expect(json.contains("\"written\": 0.40,"))
        #expect(json.contains("\"written\": 0.3775,"))
        #expect(json.contains("\"written\": 0.5933,"))
    }

    /// The report names options in the caller's words, never its own.
    @Test func optionsAreNamedByTheCaller() throws {
        let text = Self.text(try Self.sheet("b1+ = 0.35\ni1 = 0.06\n"))
        #expect(text.contains("not asked: computed only with --learn-biases"))
        #expect(text.contains("give them to check (--numbers)"))
        #expect(!text.contains("--update-biases"))
    }

    @Test func aSheetForAnotherNetworkGetsAHint() throws {
        let reference = Self.text(try Self.sheet("net_h1 = 0.9\n", origin: .reference))
            .replacingOccurrences(of: "\n", with: " ")
        #expect(reference.contains("a records no network (it has no worksheet header)"))
        #expect(reference.contains("Give check its numbers (--numbers)"))
        for (text, origin) in [("net_h1 = 0.3775\n", CheckedSheet.Origin.reference), ("net_h1 = 0.9\n", .options)] {
            #expect(!Self.text(try Self.sheet(text, origin: origin)).contains("records no network"))
        }
        let worksheet = Self.text(try Self.sheet("net_h1 = 0.9\n", origin: .worksheet))
        #expect(worksheet.hasPrefix("Checking a against one step of the reference 2-2-2 network, the one its worksheet records.\n"))
    }

    @Test func everyMistakeIsTitledWithItsPlace() throws {
        let text = Self.text(try Self.sheet("net_h1 = 0.0275\nnet_h2 = 0.9\nw5+ = 0.9\n"))
        #expect(text.contains("Mistake 1 of 3: net_h1 on line 1\n"))
        #expect(text.contains("Mistake 3 of 3: w5+ on line 3\n"))
        let trace = try Engine.run(.reference)
        let first = CheckedSheet(
            report: Checker(trace: trace).check(AnswerSheet(text: "net_h1 = 0.0275\nnet_h2 = 0.9\n", source: "a"), explain: .first),
            trace: trace, origin: .options, options: []
        )
        #expect(Self.text(first).contains("First of 2 mistakes: net_h1 on line 1\n"))
    }

    @Test func newMarksInWordsAndSymbols() throws {
        let text = Self.text(try Self.sheet("""
            w5+ = 0.36
            dE/dw5 = 0,0822
            out_h1 0.5933
            dE_o2/dout_h1 = -0.019049119
            """))
        #expect(text.contains("  1  ~ w5+ = 0.36 "))
        #expect(text.contains("too imprecise to judge: 2 significant figures, at least 3 needed"))
        #expect(text.contains("  2  ! dE/dw5 = 0,0822 "))
        #expect(text.contains("unreadable: a decimal comma: write 0.0822"))
        #expect(text.contains("unreadable: no '=': write 'out_h1 = 0.5933'"))
        #expect(text.contains("correct (the reference's rounding: it follows from its operands rounded to 9 decimals)"))
        #expect(text.hasSuffix("Score: 1 of 2 right, 0 wrong, 1 too imprecise to judge; 2 unreadable lines.\n"))
    }

    @Test func studentTextCannotDriveTheTerminal() throws {
        let text = Self.text(try Self.sheet("net\u{1B}[2J = 0.3\nout_h1 = 0\u{1B}]0;x\u{7}\n"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("net\\u{1B}[2J"))
    }

    @Test func sentencesNameTheTerms() throws {
        let sheet = try Self.sheet("net_h1 = 0.0275\n")
        let mistake = try #require(sheet.report.firstMistake)
        let sentence = DiagnosisText(trace: sheet.trace, options: Self.names)
            .sentence(try #require(mistake.diagnosis), mistake: mistake.term)
        #expect(sentence == "The bias was left out: net_h1 is the weighted sum of its inputs plus b1*1.")
    }

    @Test(arguments: [
        ("dE_total/dw5 = 0.138498562", "Your value is delta_o1 alone: dE_total/dw5 is the delta of the neuron w5 feeds times the input w5 multiplies, dnet_o1/dw5 = out_h1."),
        ("dE_total/dout_h1 = 0.055399425", "Your value counts only dE_o1/dout_h1, one path back: out_h1 feeds every neuron of the next layer, so dE_total/dout_h1 = dE_o1/dout_h1 + dE_o2/dout_h1 adds what flows back through each."),
        ("E_o1 = -0.274811083", "E_o1 cannot be negative: E_o1 = 1/2*(target_o1 - out_o1)^2 is never below zero, and your value has the sign flipped."),
        ("out_h1 = 0.5932", "Only rounding differs: your value is the exact one cut off after its last digit rather than rounded. Round to the nearest, and keep more digits in intermediate results than in the answer."),
        ("out_h1 = 0.5934", "Only rounding differs: your value is off by 1 in the last digit. Keep more digits in intermediate results than in the answer."),
    ])
    func newSlipsInWords(line: String, sentence: String) throws {
        let sheet = try Self.sheet(line + "\n")
        let mistake = try #require(sheet.report.firstMistake)
        #expect(DiagnosisText(trace: sheet.trace, options: Self.names)
            .sentence(try #require(mistake.diagnosis), mistake: mistake.term) == sentence)
    }

    /// The slope taken at the output names the activation's own slope: 1 − f² for tanh.
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
        let sheet = try Self.sheet("dout_o1/dnet_o1 = \(squashedTwice)\n", trace: trace)
        let mistake = try #require(sheet.report.firstMistake)
        #expect(mistake.diagnosis?.slip == .outForNet)
        let sentence = DiagnosisText(trace: trace, options: Self.names)
            .sentence(try #require(mistake.diagnosis), mistake: mistake.term)
        #expect(sentence.contains("f'(net) = 1 - f(net)^2 is already written with out_o1"))
        #expect(slope.value != squashedTwice)
    }
}
