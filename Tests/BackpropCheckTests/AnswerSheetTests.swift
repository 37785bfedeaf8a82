import BackpropCheck
import Testing

/// Reading answers files: the line forms, empty values, and errors that name their line.
@Suite struct AnswerSheetTests {
    @Test func readsAssignmentsCommentsAndBlankLinesInAnyOrder() throws {
        let sheet = try AnswerSheet(text: """
            # my answers
            out_h1 = 0.5933   # rounded

              net_h1=0.3775
            w5+ = 0.35891648
            """, source: "a.txt")
        #expect(sheet.answers.map(\.name) == ["out_h1", "net_h1", "w5+"])
        #expect(sheet.answers.map(\.line) == [2, 4, 5])
        #expect(sheet.answers.map { $0.number?.text } == ["0.5933", "0.3775", "0.35891648"])
    }

    @Test func workingShownKeepsTheLastValue() throws {
        let sheet = try AnswerSheet(text: "net_h1 = 0.15*0.05 + 0.2*0.1 + 0.35 = 0.3775\n", source: "a")
        #expect(sheet.answers.first?.number?.value == 0.3775)
    }

    @Test func listItemsAndMarkdownTables() throws {
        let sheet = try AnswerSheet(text: """
            ## The forward pass: hidden layer

            > a note
            - net_h1 = 0.3775
            * out_h1 = 0.5933
            1. net_h2 = 0.3925

            | term | formula | value |
            |---|:---:|--:|
            | `net_o1` | `w5*out_h1 + w6*out_h2 + b2*1` | 1.1059 |
            | out_o1 | | `0.7514` |
            | dE_total/dw5 |  |
            """, source: "a.md")
        #expect(sheet.answers.map(\.name) == ["net_h1", "out_h1", "net_h2", "net_o1", "out_o1", "dE_total/dw5"])
        #expect(sheet.answers.map { $0.number?.value } == [0.3775, 0.5933, 0.3925, 1.1059, 0.7514, nil])
    }

    @Test func anEmptyValueIsNotAnsweredNotAnError() throws {
        let sheet = try AnswerSheet(text: "net_h1 =\nout_h1 =   # later\n", source: "a")
        #expect(sheet.answers.count == 2)
        #expect(sheet.answers.allSatisfy { $0.number == nil })
    }

    @Test func crlfAndByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("net_h1 = 0.3775\r\nout_h1 = 0.5933\r\n".utf8)
        let sheet = try AnswerSheet(bytes: bytes, source: "a")
        #expect(sheet.answers.map(\.name) == ["net_h1", "out_h1"])
    }

    struct Malformed: Sendable, CustomTestStringConvertible {
        let text: String
        let message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        Malformed(text: "net_h1 = 0.3775\n\nout_h1 0.5933\n", message: "answers.txt:3: expected 'name = value', got 'out_h1 0.5933'"),
        Malformed(text: "# c\nnet_h1 = abc\n", message: "answers.txt:2: 'abc' is not a number (the value of net_h1)"),
        Malformed(text: "= 0.5\n", message: "answers.txt:1: expected 'name = value', got '= 0.5'"),
        Malformed(text: "net_h1 = 0.3775.1\n", message: "answers.txt:1: '0.3775.1' is not a number (the value of net_h1)"),
        Malformed(text: "net_h1 = nan\n", message: "answers.txt:1: 'nan' is not a number (the value of net_h1)"),
        Malformed(text: "| net_h1 |\n", message: "answers.txt:1: expected a table row '| name | value |', got '| net_h1 |'"),
        Malformed(text: "out_h1 = 0.5932699921 and the rest of a very long line of working\n", message: "answers.txt:1: '0.5932699921 and the rest of a very long line of working' is not a number (the value of out_h1)"),
        Malformed(text: "out_h1 = 0.5932699921 and the rest of a very long line of working out here\n", message: "answers.txt:1: '0.5932699921 and the rest of a very long line of working...' is not a number (the value of out_h1)"),
    ])
    func malformedLinesNameTheirLine(_ example: Malformed) {
        #expect {
            try AnswerSheet(text: example.text, source: "answers.txt")
        } throws: { error in
            (error as? AnswerSheetError)?.description == example.message
        }
    }

    @Test func bytesThatAreNotText() {
        #expect(throws: AnswerSheetError(source: "a.txt", line: nil, problem: .notText)) {
            try AnswerSheet(bytes: [0x6E, 0xFF, 0xFE, 0x0A], source: "a.txt")
        }
    }
}
