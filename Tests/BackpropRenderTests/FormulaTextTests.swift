import BackpropCore
import BackpropRender
import Testing

/// Formulas written with substituted values.
@Suite struct FormulaTextTests {
    @Test func substitutedFormulasParenthesiseNegatives() throws {
        let trace = try Engine.run(.reference)
        let formulas = FormulaText(trace: trace, numbers: NumberFormat(digits: 9))
        let term = try #require(trace[named: "dE_total/dout_h1"])
        #expect(formulas.substituted(term) == "0.055399425 + (-0.019049118)")
    }
}
