import BackpropCheck
import BackpropCore
import Foundation
import Testing

/// Issue 20: slack comes only from values the student really rounded or got wrong. A written
/// value that is the exact one (`0.05` for ∂net_h1/∂w1 = i1, `0` for a slope that is 0) lends
/// no tolerance to what is computed from it, while honest early rounding is still carried.
@Suite struct ExactValueTests {
    /// The grader that could be fooled: 0.05 is i1 exactly, so ∂E_total/∂w1 = δ_h1·0.05 has
    /// only δ_h1's rounding to allow for, and 0.000480 is not 0.008771·0.05 = 0.000439.
    @Test func anExactShortValueLendsNoSlack() throws {
        let fooled = Sheets.check("delta_h1 = 0.008771\ndnet_h1/dw1 = 0.05\ndE_total/dw1 = 0.000480\n")
        #expect(fooled.verdict("delta_h1")?.mark == .correct)
        #expect(fooled.verdict("dnet_h1/dw1")?.mark == .correct)
        #expect(fooled.verdict("dE_total/dw1")?.mark == .wrong)
        for wrong in ["0.000400", "0.000420", "0.000450", "0.000470"] {
            let report = Sheets.check("delta_h1 = 0.008771\ndnet_h1/dw1 = 0.05\ndE_total/dw1 = \(wrong)\n")
            #expect(report.verdict("dE_total/dw1")?.mark == .wrong, "\(wrong)")
        }
        let right = Sheets.check("delta_h1 = 0.008771\ndnet_h1/dw1 = 0.05\ndE_total/dw1 = 0.0004386\n")
        #expect(right.verdict("dE_total/dw1")?.mark == .correct)
    }

    /// Honest early rounding still carries: out_h1 rounded to 0.593, then net_o1 from it.
    @Test func honestEarlyRoundingIsStillCarried() throws {
        // 0.4·0.593 + 0.45·0.596884378 + 0.6 = 1.105797970
        let report = Sheets.check("out_h1 = 0.593\nnet_o1 = 1.105798\n")
        #expect(report.verdict("out_h1")?.mark == .correct)
        #expect(report.verdict("net_o1")?.mark == .correct)
        #expect(report.marked(.wrong).isEmpty)
    }

    /// A zero that is exact (the error and slopes of a class whose target is 0 under softmax and
    /// cross-entropy) lends no slack either: written as `0`, it is 0 with no uncertainty.
    @Test func anExactZeroLendsNoSlack() throws {
        let trace = try SettingsSlipTests.softmaxBatch()
        let zero = try #require(trace[named: "dE_total/dout_o2[1]"])
        #expect(zero.value == 0)
        let delta = try #require(trace[named: "delta_o2[1]"]).value
        // δ_o2 = Σ ∂E/∂out_k · ∂out_k/∂net_o2: a 5% error must show, with ∂E/∂out_o2 = 0 written.
        let text = Sheets.text(trace, overrides: [
            "dE_total/dout_o2[1]": "0", "delta_o2[1]": String(format: "%.6g", delta * 1.05),
        ], through: "delta_o2[1]")
        let report = Sheets.check(text, against: trace)
        #expect(report.verdict("dE_total/dout_o2[1]")?.mark == .correct)
        #expect(report.verdict("delta_o2[1]")?.mark == .wrong)
    }

    /// Over every setting and every kind of term: with every other term that is a short exact
    /// number written as that number, a term written 2% off is wrong. Before issue 20 the
    /// half-unit of `0.05` or `0.4` (10%) let such values through as correct.
    @Test func noKindOfTermTakesSlackFromExactValues() throws {
        var withShortOperands = 0
        var checked = 0
        for (name, trace) in try StudentSimulation.settings() {
            let shortExact = trace.terms.indices.filter {
                trace.terms[$0].formula != .given && StudentSimulation.short(trace.terms[$0].value) != nil
            }
            var lines: [Int: String] = [:]
            for index in shortExact {
                lines[index] = StudentSimulation.short(trace.terms[index].value)
            }
            for (index, term) in trace.terms.enumerated() where !term.formula.operands.isEmpty {
                let exact = term.value
                let off = abs(exact) < 1e-9 ? 1e-3 : exact * 1.02
                var sheet = lines
                sheet[index] = String(format: "%.6g", off)
                let text = sheet.keys.sorted().map {
                    "\(trace.name(of: trace.terms[$0])) = \(sheet[$0] ?? "")"
                }.joined(separator: "\n")
                let report = Sheets.check(text + "\n", against: trace)
                let verdict = report.verdicts.first { $0.term == index }
                #expect(verdict?.mark == .wrong, "\(name): \(trace.name(of: term)) = \(sheet[index] ?? "") for \(exact)")
                checked += 1
                if term.formula.operands.contains(where: shortExact.contains) { withShortOperands += 1 }
            }
        }
        // The property has teeth: many terms are computed from short exact values.
        #expect(checked > 300 && withShortOperands > 100, "\(checked) terms, \(withShortOperands) with short exact operands")
    }

    /// Over every setting: a student who rounds every result to four significant figures and
    /// computes on from the rounded values is right on every line.
    @Test(arguments: [4, 6])
    func honestRoundingIsNeverWrong(figures: Int) throws {
        for (name, trace) in try StudentSimulation.settings() {
            let written = StudentSimulation.written(trace, figures: figures)
            let report = Sheets.check(StudentSimulation.sheet(trace, written), against: trace)
            let notRight = report.verdicts.filter { $0.mark != .correct }
            #expect(notRight.isEmpty, "\(name): \(notRight.map { "\($0.name) = \($0.number?.text ?? "") \($0.mark)" })")
        }
    }
}
