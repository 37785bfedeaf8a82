import BackpropCheck
import Testing

/// Reading answers files: the line forms, empty values, and errors that name their line.
@Suite struct AnswerSheetTests {
    @Test func readsAssignmentsCommentsAndBlankLinesInAnyOrder() throws {
        let sheet = AnswerSheet(text: """
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
        let sheet = AnswerSheet(text: "net_h1 = 0.15*0.05 + 0.2*0.1 + 0.35 = 0.3775\n", source: "a")
        #expect(sheet.answers.first?.number?.value == 0.3775)
    }

    @Test func listItemsAndMarkdownTables() throws {
        let sheet = AnswerSheet(text: """
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
        let sheet = AnswerSheet(text: "net_h1 =\nout_h1 =   # later\n", source: "a")
        #expect(sheet.answers.count == 2)
        #expect(sheet.answers.allSatisfy { $0.number == nil })
    }

    @Test func crlfAndByteOrderMark() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("net_h1 = 0.3775\r\nout_h1 = 0.5933\r\n".utf8)
        let sheet = try AnswerSheet(bytes: bytes, source: "a")
        #expect(sheet.answers.map(\.name) == ["net_h1", "out_h1"])
    }

    struct Unread: Sendable, CustomTestStringConvertible {
        let line: String
        let name: String
        let text: String
        let problem: Unreadable.Problem
        var testDescription: String { line }
    }

    @Test(arguments: [
        Unread(line: "out_h1 0.5933", name: "out_h1", text: "out_h1 0.5933", problem: .missingEquals(name: "out_h1", number: "0.5933")),
        Unread(line: "my answers follow", name: "", text: "my answers follow", problem: .noSeparator),
        Unread(line: "= 0.5", name: "", text: "= 0.5", problem: .noName),
        Unread(line: "| net_h1 |", name: "", text: "| net_h1 |", problem: .shortTableRow),
        Unread(line: "net_h1 = abc", name: "net_h1", text: "abc", problem: .notANumber),
        Unread(line: "net_h1 = 0.3775.1", name: "net_h1", text: "0.3775.1", problem: .notANumber),
        Unread(line: "net_h1 = nan", name: "net_h1", text: "nan", problem: .notANumber),
        Unread(line: "dE/dw5 = 0,0822", name: "dE/dw5", text: "0,0822", problem: .decimalComma(suggestion: "0.0822")),
        Unread(line: "dE/dw5 = -0,0822", name: "dE/dw5", text: "-0,0822", problem: .decimalComma(suggestion: "-0.0822")),
        Unread(line: "w5+ = 0.0822 (rounded)", name: "w5+", text: "0.0822 (rounded)", problem: .strayWords(number: "0.0822", words: "(rounded)")),
        Unread(line: "net_h1 = about 0.38", name: "net_h1", text: "about 0.38", problem: .strayWords(number: "0.38", words: "about")),
        Unread(line: "| out_h1 | 0,5933 |", name: "out_h1", text: "0,5933", problem: .decimalComma(suggestion: "0.5933")),
    ])
    func unreadableLinesAreKeptWithTheirReason(_ example: Unread) throws {
        let sheet = AnswerSheet(text: "net_h1 = 0.3775\n\(example.line)\nout_h2 = 0.5969\n", source: "a")
        #expect(sheet.answers.count == 3, "the lines around it are still read")
        let answer = sheet.answers[1]
        #expect(answer.line == 2)
        #expect(answer.name == example.name)
        #expect(answer.value == .unreadable(Unreadable(example.text, example.problem)))
    }

    @Test(arguments: [
        ("dE/dw5: 0.0822", "dE/dw5", "0.0822"), ("dE/dw5 ≈ 0.0822", "dE/dw5", "0.0822"),
        ("dE/dw5 = ≈ 0.0822", "dE/dw5", "0.0822"), ("dE/dw5 = ~0.0822", "dE/dw5", "0.0822"),
        ("dE/dw5 = 8.22×10^-2", "dE/dw5", "8.22×10^-2"), ("dE/dw5 = 8.22 x 10^-2", "dE/dw5", "8.22 x 10^-2"),
        ("1) net_h1 = 0.3775", "net_h1", "0.3775"), ("(a) net_h1 = 0.3775", "net_h1", "0.3775"),
        ("a) net_h1 = 0.3775", "net_h1", "0.3775"), ("b. net_h1 = 0.3775", "net_h1", "0.3775"),
        ("1. (c) net_h1 = 0.3775", "net_h1", "0.3775"), ("• net_h1 = 0.3775", "net_h1", "0.3775"),
        ("**net_h1** = 0.3775", "net_h1", "0.3775"), ("**net_h1 = 0.3775**", "net_h1", "0.3775"),
        ("__w5*__ = 0.3589", "w5*", "0.3589"), ("w5* = 0.3589", "w5*", "0.3589"),
        ("net_h1: 0.15*0.05 + 0.2*0.1 + 0.35 = 0.3775", "net_h1", "0.3775"),
        ("| **net_h1** | `0.3775` |", "net_h1", "0.3775"),
    ])
    func formsPeopleWrite(line: String, name: String, value: String) throws {
        let sheet = AnswerSheet(text: line + "\n", source: "a")
        let answer = try #require(sheet.answers.first)
        #expect(answer.name == name)
        #expect(answer.number?.text == value)
    }

    @Test func remarksAndHTMLCommentsAndHeaderLines() {
        let sheet = AnswerSheet(text: """
            <!--
            #@ not a header a person should write
            -->
            net_h1 =   # revealed: 0.3775
            out_h1 = 0.5933 # rounded
            """, source: "a")
        #expect(sheet.answers.map(\.remark) == ["revealed: 0.3775", "rounded"])
        #expect(sheet.answers.map(\.number?.text) == [nil, "0.5933"])
        guard case .failure? = sheet.header else {
            Issue.record("a stray #@ line is a damaged header, not a silent one")
            return
        }
    }

    @Test func bytesThatAreNotText() {
        #expect(throws: AnswerSheetError(source: "a.txt", line: nil, problem: .notText)) {
            try AnswerSheet(bytes: [0x6E, 0xFF, 0xFE, 0x0A], source: "a.txt")
        }
    }
}
