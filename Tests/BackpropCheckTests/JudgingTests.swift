import BackpropCheck
import BackpropCore
import Foundation
import Testing

/// Judging at the precision written, allowing for the student's own rounding, with error
/// carried forward.
@Suite struct JudgingTests {
    @Test(arguments: [4, 9])
    func aFullyCorrectSheetIsAllCorrect(decimals: Int) throws {
        // Four decimals leave the hidden layer's gradients with one figure: marked to decimals.
        let report = Sheets.check(Sheets.text(decimals: decimals), marking: .decimals(decimals))
        #expect(report.verdicts.count == Sheets.reference.terms.count - 15)
        #expect(report.marked(.correct).count == report.verdicts.count)
        #expect(report.firstMistake == nil)
        #expect(!report.needsAttention)
    }

    @Test func thePublishedWalkthroughIsAllCorrect() throws {
        // The walkthrough's own numbers, in its own notation, including −0.019049119, which
        // only follows from its rounded δ_o2.
        let report = Sheets.check("""
            net_h1 = 0.3775
            out_h1 = 0.593269992
            out_h2 = 0.596884378
            net_o1 = 1.105905967
            out_o1 = 0.75136507
            out_o2 = 0.772928465
            E_o1 = 0.274811083
            E_o2 = 0.023560026
            E_total = 0.298371109
            ∂E_total/∂out_o1 = 0.74136507
            ∂out_o1/∂net_o1 = 0.186815602
            ∂net_o1/∂w5 = 0.593269992
            ∂E_total/∂w5 = 0.082167041
            w5⁺ = 0.35891648
            w6⁺ = 0.408666186
            w7⁺ = 0.511301270
            w8⁺ = 0.561370121
            δ_o1 = 0.138498562
            δ_o2 = −0.038098237
            ∂net_o1/∂out_h1 = 0.40
            ∂E_o1/∂out_h1 = 0.055399425
            ∂E_o2/∂out_h1 = −0.019049119
            ∂E_total/∂out_h1 = 0.036350306
            ∂out_h1/∂net_h1 = 0.241300709
            ∂net_h1/∂w1 = 0.05
            ∂E_total/∂w1 = 0.000438568
            w1⁺ = 0.149780716
            w2⁺ = 0.19956143
            w3⁺ = 0.24975114
            w4⁺ = 0.29950229
            """)
        #expect(report.marked(.correct).count == 30, "\(report.verdicts.filter { $0.mark != .correct })")
    }

    @Test func ownRoundedValuesAreAllowedFor() throws {
        // out_h1 rounded to 2 decimals, then net_o1 computed from it: 0.4*0.59 + 0.45*0.5969 + 0.6.
        let report = Sheets.check("""
            out_h1 = 0.59
            out_h2 = 0.5969
            net_o1 = 1.104605
            """)
        #expect(report.verdict("net_o1")?.mark == .correct)
    }

    @Test func copiedGivensGiveNoRoomForRounding() throws {
        // Givens written to two decimals are exact copies, not rounded results: they must not
        // widen the tolerance of what is computed from them (0.3800 is not 0.3775).
        let report = Sheets.check("""
            i1 = 0.05
            i2 = 0.10
            w1 = 0.15
            w2 = 0.20
            b1 = 0.35
            net_h1 = 0.3800
            """)
        #expect(report.verdict("net_h1")?.mark == .wrong)
        #expect(report.marked(.notAsked).count == 5)
    }

    @Test func anEarlySlipFollowedThroughIsOneMistake() throws {
        // The student left b1 out of net_h1 and did everything else right from there. Their
        // numbers are those of the same network with no bias on h1.
        let student = try Engine.run(TrainingSetup(
            layerSizes: [2, 2, 2], weights: Network.reference.weights, biases: [[0, 0.35], [0.6, 0.6]],
            biasSharing: .perNeuron, activations: [.logistic, .logistic],
            examples: [Example(inputs: [0.05, 0.1], targets: [0.01, 0.99])], learningRate: 0.5
        ))
        for decimals in [9, 4] {
            var lines: [String] = []
            for term in student.terms where term.formula != .given && Sheets.reference[named: student.name(of: term)] != nil {
                lines.append("\(student.name(of: term)) = \(Sheets.written(term.value, decimals: decimals))")
            }
            let report = Sheets.check(lines.joined(separator: "\n"), marking: .decimals(decimals))
            #expect(report.marked(.wrong).map(\.name) == ["net_h1"], "\(decimals) decimals")
            #expect(report.firstMistake?.diagnosis?.slip == .biasLeftOut)
            #expect(report.verdict("net_h2")?.mark == .correct)
            #expect(report.verdict("out_h1")?.mark == .carried)
            for verdict in report.verdicts where verdict.name != "net_h1" {
                let exact = try #require(verdict.expected)
                let mark: Mark = try #require(verdict.number).agrees(with: exact) ? .correct : .carried
                #expect(verdict.mark == mark, "\(verdict.name) at \(decimals) decimals")
            }
            #expect(report.marked(.carried).count > (decimals == 9 ? 30 : 15))
            #expect(report.score.right == report.verdicts.count - 1)
        }
    }

    @Test func aWrongDeltaIsCarriedIntoTheDeltaRule() throws {
        // δ_o1 without out(1 − out), then ∂E_total/∂w5 = δ_o1 · out_h1 from it.
        let report = Sheets.check("""
            dE_total/dout_o1 = 0.741365070
            delta_o1 = 0.741365070
            dE_total/dw5 = \(Sheets.written(0.741365070 * 0.593269992))
            """)
        #expect(report.verdict("delta_o1")?.mark == .wrong)
        #expect(report.verdict("dE_total/dw5")?.mark == .carried)
        #expect(report.firstMistake?.diagnosis?.slip == .missingActivationSlope)
    }

    @Test func aSecondIndependentMistakeIsWrongToo() throws {
        let report = Sheets.check("""
            net_h1 = 0.3
            net_h2 = 0.5
            """)
        #expect(report.marked(.wrong).count == 2)
        #expect(report.firstMistake?.verdict.name == "net_h1")
    }

    @Test func unknownDuplicateAndNotAskedNames() throws {
        let report = Sheets.check("""
            delta_o1 = 0.1385
            dE_total/dnet_o1 = 0.1385
            dE_total/dw9 = 0.08
            b1+ = 0.35
            w5 = 0.40
            """)
        #expect(report.verdicts.map(\.mark) == [.correct, .duplicate, .unknown, .notAsked, .notAsked])
        #expect(report.verdicts[1].note == .duplicate(ofLine: 1))
        #expect(report.verdicts[2].note == nil, "w9 is as close to w5 as to w8: no suggestion")
        #expect(report.verdicts[3].note == .notComputed(option: .updateBiases))
        #expect(report.verdicts[4].note == .given)
        #expect(report.needsAttention)
        #expect(report.firstMistake == nil)
        #expect(report.score == Score(verdicts: report.verdicts, blank: 0))
        #expect(report.score.correct == 1 && report.score.unknown == 1 && report.score.duplicate == 1)
    }

    @Test func blanksAreCountedNotJudged() throws {
        let report = Sheets.check("net_h1 =\nout_h1 = 0.5933\n")
        #expect(report.verdicts.count == 1)
        #expect(report.score.blank == 1)
        #expect(!report.needsAttention)
    }

    @Test func theOtherOrderingIsJudgedWhenAskedFor() throws {
        let updated = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .updated))
        let report = Sheets.check(Sheets.text(updated), against: updated)
        #expect(report.marked(.correct).count == report.verdicts.count)
    }
}
