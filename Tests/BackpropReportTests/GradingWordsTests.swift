import BackpropCheck
import BackpropCore
import BackpropRender
@testable import BackpropReport
import Foundation
import Testing

/// Issue 20's figures and grouping as the report shows them: expected values keep their
/// significant zeros, exact ones show nine figures, equal steps are skipped, one slip on
/// several lines is explained once and counted as asked.
@Suite struct GradingWordsTests {
    @Test func expectedValuesAtTheStudentsPrecision() throws {
        func expected(_ value: Double, _ written: String, _ rule: MarkingRule = .standard) -> String {
            MarkText.expectedText(value, written: WrittenNumber(written), marking: rule)
        }
        #expect(expected(0.010003, "0.0200") == "0.0100")
        #expect(expected(0.35891648, "0.4") == "0.359", "at least the rule's figures")
        #expect(expected(0.000438568, "0.000480") == "0.000439")
        #expect(expected(0.4, "0.45") == "0.4", "a short exact value as it is")
        #expect(expected(1.105905967, "1.1") == "1.11")
        #expect(expected(0.0999, "0.2", .significantFigures(2)) == "0.10")
        #expect(expected(0.35891648, "0.36", .decimals(4)) == "0.3589")
        #expect(MarkText.exactText(0.29950229) == "0.29950229", "not 0.3, which looks like w4")
        #expect(MarkText.exactText(0.000438567734) == "0.000438567734")
    }

    @Test func significantFigures() {
        #expect(NumberFormat.significant(3, of: 0.01).string(0.01) == "0.0100")
        #expect(NumberFormat.significant(9, of: 0.3).string(0.3) == "0.300000000")
        #expect(NumberFormat.significant(3, of: 1234.56).string(1234.56) == "1235")
        #expect(NumberFormat.significant(3, of: 0).string(0) == "0")
        #expect(NumberFormat.significant(2, of: -0.0999).string(-0.0999) == "-0.10")
        #expect(NumberFormat(digits: 4, keepsTrailingZeros: true).string(0.5) == "0.5000")
        #expect(NumberFormat(digits: 2, keepsTrailingZeros: true).string(3) == "3.00")
    }

    @Test func equalStepsAreSkipped() throws {
        let text = CheckRenderingTests.text(try CheckRenderingTests.sheet("dnet_o1/dout_h1 = 0.45\n"))
        #expect(text.contains("  dnet_o1/dout_h1 = w5\n                  = 0.4\n  Diagnosis"))
    }

    @Test func oneSlipOnSeveralLinesIsExplainedOnce() throws {
        let trace = try Engine.run(.reference)
        let updated = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .updated))
        var lines: [String] = []
        for name in ["dE_o1/dout_h1", "dE_o2/dout_h1", "dE_o1/dout_h2", "dE_o2/dout_h2"] {
            lines.append("\(name) = \(String(format: "%.9f", try #require(updated[named: name]).value))")
        }
        let text = lines.joined(separator: "\n") + "\n"
        let each = try CheckRenderingTests.sheet(text, trace: trace)
        let rendered = CheckRenderingTests.text(each)
        #expect(each.report.score.wrong == 4 && each.report.distinctMistakes == 1)
        #expect(rendered.contains("Mistake: dE_o1/dout_h1 on line 1\n"))
        #expect(rendered.components(separatedBy: "Diagnosis:").count == 2, "explained once")
        #expect(rendered.replacingOccurrences(of: "\n  ", with: " ").contains("The same slip gives lines 2, 3 and 4 (dE_o2/dout_h1, dE_o1/dout_h2, dE_o2/dout_h2): one mistake, explained once."))
        #expect(rendered.hasSuffix("Score: 0 of 4 right, 4 wrong (1 distinct mistake).\n"))
        let once = CheckedSheet(
            report: Checker(trace: trace).check(AnswerSheet(text: text, source: "a"), sameSlip: .once),
            trace: trace, origin: .options, options: []
        )
        #expect(CheckRenderingTests.text(once).hasSuffix("Score: 3 of 4 (a repeated slip counted once), 0 right, 4 wrong (1 distinct mistake).\n"))
        let csv = CheckCSVRenderer().render([.checked(once)]).split(separator: "\n")[1]
        #expect(csv.hasPrefix("a,options,3,59,0,0,4,1,"))
        let gradescope = GradescopeRenderer(format: NumberFormat(digits: 9), options: CheckRenderingTests.names).render(once)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(gradescope.utf8)) as? [String: Any])
        #expect(object["score"] as? Int == 3)
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.compactMap { $0["score"] as? Int }.reduce(0, +) == 3)
        let json = CheckJSONRenderer(options: CheckRenderingTests.names).render(once)
        #expect(json.contains("\"sameSlipLines\": [2, 3, 4]"))
        #expect(json.contains("\"distinctMistakes\": 1, \"points\": 3, \"sameSlip\": \"once\""))
    }

    @Test func aClassTableFlagsBlankAndHeaderlessSheetsInTheirRows() throws {
        let trace = try Engine.run(.reference)
        func checked(_ text: String, _ origin: CheckedSheet.Origin, _ name: String) -> CheckOutcome {
            .checked(CheckedSheet(
                report: Checker(trace: trace).check(AnswerSheet(text: text, source: name)),
                trace: trace, origin: origin, options: []
            ))
        }
        let outcomes = [
            checked("net_h1 = 0.3775\n", .worksheet, "own.txt"), checked("", .reference, "empty.txt"),
            checked("net_h1 = 0.3775\n", .reference, "bare.txt"),
        ]
        #expect(SheetNote.notes(outcomes) == [[], [.blankSheet, .noWorksheetHeader], [.noWorksheetHeader]])
        let table = CheckSummaryRenderer(style: .plain, options: CheckRenderingTests.names).render(outcomes)
        #expect(table.contains("blank sheet; no worksheet header"))
        #expect(table.contains("3 files: 1 without mistakes, 1 with mistakes, 1 blank.") == false)
        #expect(table.contains("1 blank"))
        let csv = CheckCSVRenderer().render(outcomes)
        #expect(csv.contains(",no worksheet header,\n"))
        // Alone, a sheet without a header is not flagged: there is no class to compare with.
        #expect(SheetNote.notes([outcomes[2]]) == [[]])
    }
}
