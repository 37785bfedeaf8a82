import BackpropCheck
import BackpropCore
import Testing

/// The precision floor: right values written with too few figures are "too imprecise to judge",
/// counted apart; exact values are precise at any length.
@Suite struct PrecisionFloorTests {
    @Test(arguments: ["w5+ = 0.36", "net_h1 = 0.4", "E_total = 0.30", "dE_total/dw1 = 0.0004"])
    func aRoundedGuessIsNotRight(line: String) throws {
        let report = Sheets.check(line + "\n")
        #expect(report.verdicts.first?.mark == .tooImprecise)
        #expect(report.score.right == 0 && report.score.imprecise == 1 && report.score.judged == 1)
        #expect(report.needsAttention)
    }

    /// A 0 for a value that is not 0 is a wrong value, not a rounded one; `0.4` for w5⁺ is w5
    /// itself, the update forgotten: a known slip that gives a short value exactly is named.
    @Test func aShortValueThatIsWrongIsWrong() throws {
        let zero = Sheets.check("w5+ = 0\n")
        #expect(zero.verdicts.first?.mark == .wrong)
        let forgotten = Sheets.check("w5+ = 0.4\n")
        #expect(forgotten.verdicts.first?.mark == .wrong)
        #expect(forgotten.firstMistake?.diagnosis?.slip == .updateForgotten)
        #expect(Sheets.check("w5+ = 0.40\n").firstMistake?.diagnosis?.slip == .updateForgotten)
        // Rounded to three figures, w1⁺ = 0.149780716 is 0.150, which is also w1: right.
        #expect(Sheets.check("w1+ = 0.150\n").verdicts.first?.mark == .correct)
    }

    @Test(arguments: ["w5+ = 0.359", "net_h1 = 0.3775", "dE_total/dw1 = 0.000439", "E_total = 0.298"])
    func threeFiguresAreEnough(line: String) {
        #expect(Sheets.check(line + "\n").verdicts.first?.mark == .correct)
    }

    /// 0.05 is i1 itself, 0.4 is w5 itself, 0.5 is w7 itself: exact, so short is fine.
    @Test(arguments: ["dnet_h1/dw1 = 0.05", "dnet_o1/dout_h1 = 0.4", "dnet_o2/dout_h1 = 0.5"])
    func exactValuesArePreciseAtAnyLength(line: String) {
        #expect(Sheets.check(line + "\n").verdicts.first?.mark == .correct)
    }

    @Test func aLinearSlopeOfOneIsExact() throws {
        let setup = try TrainingSetup(
            layerSizes: [2, 2, 2], weights: Network.reference.weights, biases: [[0.35], [0.6]],
            biasSharing: .perLayer, activations: [.logistic, .linear],
            examples: TrainingSetup.reference.examples, learningRate: 0.5
        )
        let report = Sheets.check("dout_o1/dnet_o1 = 1\n", against: try Engine.run(setup))
        #expect(report.verdicts.first?.mark == .correct)
    }

    @Test func aWrongValueIsWrongHoweverShort() {
        #expect(Sheets.check("net_h1 = 0.9\n").verdicts.first?.mark == .wrong)
        #expect(Sheets.check("net_h1 = 0.0\n").verdicts.first?.mark == .wrong)
    }

    @Test func decimalsInsteadOfFigures() {
        let rule = MarkingRule.decimals(4)
        #expect(Sheets.check("dE_total/dw1 = 0.0004\n", marking: rule).verdicts.first?.mark == .correct)
        #expect(Sheets.check("net_o1 = 1.106\n", marking: rule).verdicts.first?.mark == .tooImprecise)
        #expect(Sheets.check("net_o1 = 1.106\n").verdicts.first?.mark == .correct)
    }

    /// An imprecise value is not a mistake: what follows from it is judged from it, and is
    /// correct, not carried.
    @Test func whatFollowsFromAnImpreciseValueIsNotCarried() {
        let report = Sheets.check("""
            out_h1 = 0.59
            out_h2 = 0.5969
            net_o1 = 1.1046
            """)
        #expect(report.verdicts.map(\.mark) == [.tooImprecise, .correct, .correct])
        #expect(report.mistakes.isEmpty)
    }
}
