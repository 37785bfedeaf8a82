import BackpropCheck
import BackpropCore
@testable import BackpropRender
import Testing

/// The pieces of `check`'s output that the end-to-end tests cannot reach: number formatting at
/// the edges, colour, and the JSON number grammar.
@Suite struct CheckRenderingTests {
    @Test func numberFormatEdges() {
        let four = NumberFormat(digits: 4)
        #expect(four.string(0.59326999) == "0.5933")
        #expect(four.string(-0.00001) == "0")
        #expect(four.string(-0.0) == "0")
        #expect(four.string(-0.00005001) == "-0.0001")
        #expect(four.string(.nan) == "nan")
        #expect(four.string(.infinity) == "inf")
        #expect(four.string(-.infinity) == "-inf")
        #expect(NumberFormat(digits: 0).string(2.5) == "2")
        #expect(NumberFormat(digits: -3).digits == 0)
        #expect(NumberFormat(digits: 99).digits == 17)
        #expect(NumberFormat(digits: 9).string(1e-12) == "0")
    }

    @Test func colourOnlyWhenEnabled() throws {
        let trace = try Engine.run(.reference)
        let report = Checker(trace: trace).check(
            try AnswerSheet(text: "net_h1 = 0.3775\nout_h1 = 0.9\n", source: "a")
        )
        let coloured = CheckTextRenderer(
            trace: trace, format: NumberFormat(digits: 9), style: TextStyle(enabled: true)
        ).render(report)
        #expect(coloured.contains("\u{1B}[32m\u{2713}\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1mFirst mistake: out_h1 on line 2\u{1B}[0m"))
        let plain = CheckTextRenderer(trace: trace, format: NumberFormat(digits: 9), style: .plain)
            .render(report)
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
        let json = CheckJSONRenderer().render(report)
        #expect(json.contains("\"written\": 0.40,"))
        #expect(json.contains("\"written\": 0.3775,"))
    }

    @Test func substitutedFormulasParenthesiseNegatives() throws {
        let trace = try Engine.run(.reference)
        let formulas = FormulaText(trace: trace, numbers: NumberFormat(digits: 9))
        let term = try #require(trace["dE_total/dout_h1"])
        #expect(formulas.substituted(term) == "0.055399425 + (-0.019049118)")
    }
}
