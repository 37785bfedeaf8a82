import BackpropCore
import BackpropRender
import Testing

/// Formulas written with substituted values.
@Suite struct FormulaTextTests {
    @Test func substitutedFormulasParenthesiseNegatives() throws {
        let trace = try Engine.run(.reference)
        let formulas = FormulaText(trace: trace, numbers: NumberFormat(digits: 4))
        let term = try #require(trace[named: "dE_total/dout_h1"])
        #expect(formulas.substituted(term) == "0.0554 + (-0.019)")
    }

    /// The reference text writes 0.055399425 + (−0.019049118) = 0.036350306, which a calculator
    /// does not confirm (0.036350307): written here, the operands carry one more decimal.
    @Test func operandsGetMoreDecimalsWhenTheRoundedOnesWouldNotGiveTheResult() throws {
        let trace = try Engine.run(.reference)
        let formulas = FormulaText(trace: trace, numbers: NumberFormat(digits: 9))
        #expect(try formulas.substituted(#require(trace[named: "dE_total/dout_h1"])) == "0.0553994247 + (-0.0190491183)")
        #expect(try formulas.substituted(#require(trace[named: "dE_total/dw5"])) == "0.74136507*0.186815602*0.593269992")
    }

    /// Givens are written as given, whatever the decimals: 0.15·0.05 + 0.2·0.1 + 0.35·1, never
    /// 0.1·0.1 + 0.2·0.1 + 0.3·1 (= 0.4, which it is not).
    @Test func givensAreWrittenAsGiven() throws {
        let trace = try Engine.run(.reference)
        for digits in 0...2 {
            let formulas = FormulaText(trace: trace, numbers: NumberFormat(digits: digits))
            #expect(try formulas.substituted(#require(trace[named: "net_h1"])) == "0.15*0.05 + 0.2*0.1 + 0.35*1")
            #expect(try formulas.substituted(#require(trace[named: "dnet_h1/dw1"])) == "0.05")
        }
        #expect(NumberFormat.exact(0.1) == "0.1")
        #expect(NumberFormat.exact(-0.00001) == "-0.00001")
        #expect(NumberFormat.exact(123456.5) == "123456.5")
        #expect(NumberFormat.exact(2e20) == "200000000000000000000")
        #expect(NumberFormat.exact(1e-25) == "1e-25")
        #expect(NumberFormat.exact(0.1 + 0.2) == "0.30000000000000004")
        #expect(NumberFormat.exact(-0.0) == "0")
    }
}
