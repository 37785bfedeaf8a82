import Foundation
import Testing

/// `backprop check` run as a user runs it: marks, the mistakes explained, the score, JSON,
/// several files, and every exit status.
@Suite struct CheckCommandTests {
    /// A sheet with one slip (b2 left out of net_o1) followed through, and the other marks.
    static let sheet = """
        # my hand calculation, 4 decimals
        net_h1 = 0.3775
        out_h1 = 0.5933
        out_h2 = 0.5969
        net_o1 = 0.5059
        out_o1 = 0.6238
        ∂E_total/∂out_o1 = 0.6138
        δ_o1 = 0.1441
        w5⁺ = 0.3573
        dE/dw9 = 0.08
        b1+ = 0.35
        dE_total/dnet_o1 = 0.1441
        net_o2 =

        """

    static let expectedText = """
        Checking answers.txt against one step of the reference 2-2-2 network.
        answers.txt records no network (it has no worksheet header) and no network options were
        given, so it was checked against the reference network. Made for another network? Give check
        its numbers (--inputs, --targets, --weights, --biases, --learning-rate, or --network FILE).

           2  ✓ net_h1 = 0.3775            correct
           3  ✓ out_h1 = 0.5933            correct
           4  ✓ out_h2 = 0.5969            correct
           5  ✗ net_o1 = 0.5059            wrong, expected 1.1059
           6  → out_o1 = 0.6238            follows from your earlier values (exact: 0.75136507)
           7  → ∂E_total/∂out_o1 = 0.6138  follows from your earlier values (exact: 0.74136507)
           8  → δ_o1 = 0.1441              follows from your earlier values (exact: 0.138498562)
           9  → w5⁺ = 0.3573               follows from your earlier values (exact: 0.35891648)
          10  ? dE/dw9 = 0.08              unknown name
          11  · b1+ = 0.35                 not asked: computed only with --update-biases
          12  = dE_total/dnet_o1 = 0.1441  repeated: line 8 already answers delta_o1; not judged

        Mistake: net_o1 on line 5
          you wrote  0.5059
          expected   1.105905967
          net_o1 = w5*out_h1 + w6*out_h2 + b2*1
                 = 0.4*0.593269992 + 0.45*0.596884378 + 0.6*1
                 = 1.105905967
          Diagnosis: The bias was left out: net_o1 is the weighted sum of its inputs plus b2*1.

        Score: 7 of 8 right (3 correct, 4 following from your earlier values), 1 wrong; 1 unknown name, 1 repeated, 1 not asked, 1 left empty.

        """

    let folder: URL

    init() throws { folder = try BackpropProcess.temporaryDirectory() }

    @Test func explainsTheFirstMistakeAndCarriesTheRest() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write(Self.sheet, named: "answers.txt", in: folder)
        let result = try BackpropProcess.run(["check", "answers.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.output == Self.expectedText)
        #expect(result.error.isEmpty)
        #expect(!result.output.contains("\u{1B}["), "no colour when standard output is a pipe")
    }

    @Test func jsonForAutograders() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write(Self.sheet, named: "answers.txt", in: folder)
        let result = try BackpropProcess.run(["check", "answers.txt", "--format", "json"], in: folder)
        #expect(result.status == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        )
        let verdicts = try #require(object["verdicts"] as? [[String: Any]])
        #expect(verdicts.map { $0["mark"] as? String } == [
            "correct", "correct", "correct", "wrong", "carried", "carried", "carried", "carried",
            "unknown", "notAsked", "duplicate",
        ])
        #expect(verdicts[3]["line"] as? Int == 5)
        #expect(verdicts[3]["name"] as? String == "net_o1")
        #expect(verdicts[3]["written"] as? Double == 0.5059)
        #expect(verdicts[3]["expected"] as? Double == 1.10590596705977)
        #expect(verdicts[6]["name"] as? String == "delta_o1")
        #expect(verdicts[6]["writtenName"] as? String == "δ_o1")
        #expect(verdicts[8]["expected"] is NSNull)
        let mistake = try #require(object["firstMistake"] as? [String: Any])
        #expect(mistake["name"] as? String == "net_o1")
        #expect(mistake["slip"] as? String == "bias-left-out")
        #expect((mistake["diagnosis"] as? String)?.contains("b2") == true)
        let score = try #require(object["score"] as? [String: Any])
        #expect(score["right"] as? Int == 7 && score["wrong"] as? Int == 1 && score["blank"] as? Int == 1)
        #expect(score["distinctMistakes"] as? Int == 1 && score["points"] as? Int == 7)
        #expect(score["sameSlip"] as? String == "each")
    }

    @Test(arguments: [6, 9])
    func aCorrectWorksheetExitsZero(decimals: Int) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let worksheet = try BackpropProcess.run(["worksheet"]).output
        let filled = AnswerFiles.filled(worksheet, with: try AnswerFiles.exactValues(), decimals: decimals)
        try AnswerFiles.write(filled, named: "mine.txt", in: folder)
        let result = try BackpropProcess.run(["check", "mine.txt"], in: folder)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("No mistakes in the values you wrote."))
        #expect(result.output.hasSuffix("Score: 59 of 59 right, 0 wrong.\n"))
        let json = try BackpropProcess.run(["check", "mine.txt", "--format", "json"], in: folder)
        #expect(json.status == 0)
        #expect(json.output.contains("\"firstMistake\": null"))
    }

    @Test func theOtherOrderingIsRecognised() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let worksheet = try BackpropProcess.run(["worksheet", "--hidden-uses", "updated"]).output
        let values = try AnswerFiles.exactValues(["--hidden-uses", "updated"])
        try AnswerFiles.write(AnswerFiles.filled(worksheet, with: values, decimals: 9), named: "updated.txt", in: folder)
        let agreeing = try BackpropProcess.run(["check", "updated.txt"], in: folder)
        #expect(agreeing.status == 0, "the worksheet records --hidden-uses updated")
        let original = try BackpropProcess.run(
            ["check", "updated.txt", "--hidden-uses", "original", "--format", "json"], in: folder
        )
        #expect(original.status == 1)
        #expect(original.error == "backprop: note: --hidden-uses overrides the setup recorded in the worksheet updated.txt\n")
        #expect(original.output.contains("\"slip\": \"other-ordering\""))
        #expect(original.output.contains("\"firstMistake\": {\"name\": \"dnet_o1/dout_h1\""))
    }

    @Test func severalFilesGiveATable() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let worksheet = try BackpropProcess.run(["worksheet"]).output
        try AnswerFiles.write(
            AnswerFiles.filled(worksheet, with: try AnswerFiles.exactValues(), decimals: 9),
            named: "alice.txt", in: folder
        )
        try AnswerFiles.write(Self.sheet, named: "bob.txt", in: folder)
        let result = try BackpropProcess.run(["check", "alice.txt", "bob.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.output == """
            file       right  wrong  slips  imprecise  unreadable  unknown  blank  first mistake                   note
            alice.txt  59/59  0      0      0          0           0        0      -                               -
            bob.txt    7/59   1      1      0          0           1        1      net_o1 (line 5): bias-left-out  no worksheet header

            2 files: 1 without mistakes, 1 with mistakes.

            """)
        let clean = try BackpropProcess.run(["check", "alice.txt", "alice.txt"], in: folder)
        #expect(clean.status == 0)
    }

    @Test func severalFilesWithUnreadableOnes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write("net_h1 = 0.3775\n", named: "good.txt", in: folder)
        try AnswerFiles.write("net_h1 = 0.3775\nout_h1 0.59\n", named: "bad.txt", in: folder)
        try Data([0x6E, 0x65, 0x74, 0x00, 0xFF]).write(to: folder.appending(path: "binary.txt"))
        let malformed = try BackpropProcess.run(["check", "good.txt", "bad.txt"], in: folder)
        #expect(malformed.status == 1, "an unreadable line is marked, the rest still judged")
        #expect(malformed.output.contains("bad.txt   1/59   0      0      0          1 "))
        #expect(malformed.error.isEmpty)
        let notText = try BackpropProcess.run(["check", "good.txt", "binary.txt"], in: folder)
        #expect(notText.status == 65)
        #expect(notText.output.contains("binary.txt  unreadable: binary.txt"))
        #expect(notText.error.hasPrefix("backprop: error: binary.txt"))
        let missing = try BackpropProcess.run(
            ["check", "good.txt", "bad.txt", "gone.txt", "--format", "json"], in: folder
        )
        #expect(missing.status == 66)
        #expect(missing.error == "backprop: error: gone.txt: no such file\n")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(missing.output.utf8)) as? [String: Any]
        )
        let files = try #require(object["files"] as? [[String: Any]])
        #expect(files.map { $0["file"] as? String } == ["good.txt", "bad.txt", "gone.txt"])
        #expect(files[2]["error"] as? String == "gone.txt: no such file")
        #expect(files[0]["verdicts"] != nil)
        let unreadable = try #require((files[1]["verdicts"] as? [[String: Any]])?.last)
        #expect(unreadable["mark"] as? String == "unreadable")
        #expect(unreadable["problem"] as? String == "missing-equals")
    }

    struct Failing: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let file: String?
        let status: Int32
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Failing(arguments: ["check"], file: nil, status: 64, message: "check needs an answers file (print one to fill in with 'backprop worksheet')"),
        Failing(arguments: ["check", "a.txt", "--format", "xml"], file: "net_h1 = 0.3775\n", status: 64, message: "--format: 'xml' is not one of text, json, csv, gradescope"),
        Failing(arguments: ["check", "a.txt", "--digits", "18"], file: "net_h1 = 0.3775\n", status: 64, message: "--digits: 18 is out of range (0 to 17)"),
        Failing(arguments: ["check", "a.txt", "--steps", "2"], file: "net_h1 = 0.3775\n", status: 64, message: "'check' does not take --steps: check marks the first step only, the one a worksheet asks for"),
        Failing(arguments: ["check", "a.txt", "--explain", "some"], file: "net_h1 = 0.3775\n", status: 64, message: "--explain: 'some' is not one of first, all"),
        Failing(arguments: ["check", "a.txt", "--min-digits", "2", "--decimals", "4"], file: "net_h1 = 0.3775\n", status: 64, message: "--min-digits and --decimals are two rules: give one"),
        Failing(arguments: ["check", "a.txt", "a.txt", "--format", "gradescope"], file: "net_h1 = 0.3775\n", status: 64, message: "--format gradescope marks one answers file, not 2"),
        Failing(arguments: ["check", "missing.txt"], file: nil, status: 66, message: "missing.txt: no such file"),
        Failing(arguments: ["check", "a.txt", "--layers", "2,0,2"], file: "net_h1 = 0.3775\n", status: 65, message: "--layers: layer 1 has 0 neurons; every layer needs at least one"),
    ])
    func failuresHaveTheirStatus(_ example: Failing) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        if let file = example.file { try AnswerFiles.write(file, named: "a.txt", in: folder) }
        let result = try BackpropProcess.run(example.arguments, in: folder)
        #expect(result.status == example.status)
        #expect(result.error.hasPrefix("backprop: error: \(example.message)\n"), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func nothingAnsweredIsNotAMistake() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write(try BackpropProcess.run(["worksheet"]).output, named: "empty.txt", in: folder)
        let result = try BackpropProcess.run(["check", "empty.txt"], in: folder)
        #expect(result.status == 0)
        #expect(result.output == "empty.txt is a blank sheet: all 59 of its values are empty, so nothing was checked.\n")
        try AnswerFiles.write("", named: "nothing.txt", in: folder)
        let nothing = try BackpropProcess.run(["check", "nothing.txt"], in: folder)
        #expect(nothing.status == 0)
        #expect(nothing.output == "nothing.txt is a blank sheet: no value is written in it, so nothing was checked.\n")
    }
}
