import BackpropCheck
import BackpropCore
import Testing

/// `--decimal-comma` (issue 20): `0,0821` read as a number, kept as written; a worksheet header
/// records it, so its sheet is read that way with no flag.
@Suite struct DecimalCommaTests {
    @Test func readsCommasWhenAskedAndKeepsTheText() throws {
        let number = try #require(WrittenNumber("0,0821", decimalComma: true))
        #expect(number.value == 0.0821 && number.text == "0,0821" && number.significantDigits == 3)
        #expect(WrittenNumber("-1,5e-3", decimalComma: true)?.value == -0.0015)
        #expect(WrittenNumber("0.0821", decimalComma: true)?.value == 0.0821, "a point still reads")
        #expect(WrittenNumber("0,0821", decimalComma: false) == nil)
        #expect(WrittenNumber("1,2,3", decimalComma: true) == nil)
        let sheet = AnswerSheet(text: "net_h1 = 0,3775\nw5+ = 0,35891648\n", source: "a", decimalComma: true)
        let report = Checker(trace: Sheets.reference).check(sheet)
        #expect(report.marked(.correct).count == 2)
        let without = Checker(trace: Sheets.reference).check(AnswerSheet(text: "net_h1 = 0,3775\n", source: "a"))
        #expect(without.verdicts.first?.mark == .unreadable)
    }

    @Test func aHeaderRecordsIt() throws {
        let header = WorksheetHeader(
            network: WorksheetHeaderTests.network, training: TrainingOptions(), marking: .standard,
            decimalComma: true
        )
        #expect(header.lines.contains("#@ marking min-digits=3 decimal-comma=yes"))
        let plain = WorksheetHeader(network: WorksheetHeaderTests.network, training: TrainingOptions(), marking: .standard)
        #expect(plain.lines.contains("#@ marking min-digits=3"), "old sheets and their checksums are unchanged")
        let sheet = AnswerSheet(text: (header.lines + ["net_h1 = 0,3775"]).joined(separator: "\n"), source: "a")
        #expect(try sheet.header?.get().decimalComma == true)
        guard case let .number(number) = sheet.answers.first?.value else {
            Issue.record("0,3775 is a number under a decimal-comma header")
            return
        }
        #expect(number.value == 0.3775)
    }
}
