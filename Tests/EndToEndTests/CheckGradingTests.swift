import Foundation
import Testing

/// `check` as an instructor grades with it (issue 11): a precision floor that cannot be gamed,
/// worksheets that carry their own network, lines that cannot be read marked and passed over,
/// names as students write them, every mistake explained, and the gradebook formats.
@Suite struct CheckGradingTests {
    let folder: URL

    init() throws { folder = try BackpropProcess.temporaryDirectory() }

    /// The reference worksheet with `answers` (`name`: value text) written in.
    static func sheet(_ answers: [String: String]) throws -> String {
        try BackpropProcess.run(["worksheet"]).output.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                let text = String(line)
                guard text.hasSuffix(" ="), let value = answers[String(text.dropLast(2))] else { return text }
                return text + " " + value
            }.joined(separator: "\n")
    }

    @Test func wholeNumbersDoNotScore() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let rounded = try AnswerFiles.exactValues().mapValues { String(format: "%.0f", $0) }
        try AnswerFiles.write(try Self.sheet(rounded), named: "lazy.txt", in: folder)
        let result = try BackpropProcess.run(["check", "lazy.txt", "--format", "json"], in: folder)
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let score = try #require(object["score"] as? [String: Any])
        // Only the values that are whole numbers exactly (the learning rate's 1 for a linear
        // output, none here) could count; a 0 for a value that is not 0 is wrong, and every
        // other is too imprecise to judge.
        #expect(score["right"] as? Int == 0)
        #expect(score["tooImprecise"] as? Int == 59 - (score["wrong"] as? Int ?? 0))
        let text = try BackpropProcess.run(["check", "lazy.txt"], in: folder)
        #expect(text.output.contains("✗ w5+ = 0 "))
        #expect(text.output.contains("~ out_h1 = 1 "))
        #expect(text.output.contains("too imprecise to judge: 1 significant figure, at least 3 needed"))
    }

    @Test func exactValuesMayBeShortAndTheRuleCanBeDecimals() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write(try Self.sheet([
            "dnet_h1/dw1": "0.05", "dnet_o1/dw5": "0.593", "dE_total/dw1": "0.0004", "out_o1": "0.75",
        ]), named: "short.txt", in: folder)
        let floor = try BackpropProcess.run(["check", "short.txt"], in: folder)
        #expect(floor.status == 1)
        #expect(floor.output.contains("✓ dnet_h1/dw1 = 0.05 "), "exact, so correct at any length")
        #expect(floor.output.contains("~ dE_total/dw1 = 0.0004 "))
        #expect(floor.output.hasSuffix("Score: 2 of 4 right, 0 wrong, 2 too imprecise to judge; 55 left empty.\n"))
        let decimals = try BackpropProcess.run(["check", "short.txt", "--decimals", "4"], in: folder)
        #expect(decimals.error == "backprop: note: --decimals overrides the setup recorded in the worksheet short.txt\n")
        #expect(decimals.output.contains("✓ dE_total/dw1 = 0.0004 "))
        #expect(decimals.output.contains("~ out_o1 = 0.75 "))
        #expect(decimals.output.contains("too imprecise to judge: 2 decimals, at least 4 needed"))
        let made = try BackpropProcess.run(["worksheet", "--decimals", "4"]).output
        #expect(made.contains("# Write each value after its '=', to at least 4 decimals"))
        #expect(made.contains("\n#@ marking decimals=4\n"))
    }

    @Test func aClassIsCheckedEachAgainstItsOwnNetwork() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BackpropProcess.run(["exercise", "--seed", "5", "--count", "3", "--out-dir", "set"], in: folder)
        #expect(made.status == 0)
        for number in 1...3 {
            let stem = folder.appending(path: "set/exercise-0\(number)").path
            let sheet = try String(contentsOfFile: stem + "-worksheet.txt", encoding: .utf8)
            var values = try AnswerFiles.exactValues(["--network", stem + ".json"])
            if number == 2 { values["net_h1"] = (values["net_h1"] ?? 0) + 0.5 }
            try AnswerFiles.write(
                AnswerFiles.filled(sheet, with: values, decimals: 9), named: "student\(number).txt", in: folder
            )
        }
        let files = ["student1.txt", "student2.txt", "student3.txt"]
        let table = try BackpropProcess.run(["check"] + files, in: folder)
        #expect(table.status == 1)
        #expect(table.error.isEmpty, "no flags needed: \(table.error)")
        #expect(table.output.contains("student1.txt  59/59  0"))
        #expect(table.output.contains("student2.txt  58/59  1 "))
        #expect(table.output.contains("net_h1 (line 41)"), "one slip, the rest follows from it")
        #expect(table.output.hasSuffix("3 files: 2 without mistakes, 1 with mistakes.\n"))

        let csv = try BackpropProcess.run(["check"] + files + ["--format", "csv"], in: folder)
        let rows = csv.output.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        #expect(rows.count == 4)
        #expect(rows[0].prefix(4) == ["file", "network", "score", "max_score"])
        #expect(rows[1].prefix(4) == ["student1.txt", "worksheet", "59", "59"])
        #expect(rows[2][0] == "student2.txt" && rows[2][2] == "58" && rows[2][6] == "1")

        // The reference network is not the students': checked against it, everything is wrong.
        let overridden = try BackpropProcess.run(["check", "student1.txt", "--network", "set/exercise-02.json"], in: folder)
        #expect(overridden.status == 1)
        #expect(overridden.error == "backprop: note: --network overrides the setup recorded in the worksheet student1.txt\n")
    }

    @Test func anEditedHeaderIsRefusedUnlessANetworkIsGiven() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = try Self.sheet(["net_h1": "0.3775"])
            .replacingOccurrences(of: "#@   \"learningRate\": 0.5,", with: "#@   \"learningRate\": 0.6,")
        try AnswerFiles.write(sheet, named: "edited.txt", in: folder)
        let refused = try BackpropProcess.run(["check", "edited.txt"], in: folder)
        #expect(refused.status == 65)
        #expect(refused.error.hasPrefix("backprop: error: edited.txt:8: the worksheet's setup (its #@ lines) was changed since it was made; restore the #@ lines"), "\(refused.error)")
        #expect(refused.output.isEmpty)
        try AnswerFiles.write(try BackpropProcess.run(["init"]).output, named: "net.json", in: folder)
        let replaced = try BackpropProcess.run(["check", "edited.txt", "--network", "net.json"], in: folder)
        #expect(replaced.status == 0)
        #expect(replaced.error == "backprop: note: the damaged worksheet header of edited.txt was ignored: checked against --network\n")
    }

    @Test func unreadableLinesAreMarkedAndTheRestIsJudged() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write("""
            net_h1 = 0.3775
            dE_total/dw6 = 0,0827
            net_h2 = 0.3925 (rounded)
            out_h2 = 0.5969 V
            out_h1 0.5933
            dE_total/dw7 ≈ -0.0226
            dE_total/dw8: -0.0227
            net_o2 = 1.225×10^0

            """, named: "messy.txt", in: folder)
        let result = try BackpropProcess.run(["check", "messy.txt"], in: folder)
        #expect(result.status == 1)
        #expect(result.error.isEmpty)
        for expected in [
            "  1  ✓ net_h1 = 0.3775 ",
            "  2  ! dE_total/dw6 = 0,0827      unreadable: a decimal comma: write 0.0827\n",
            "unreadable: '(rounded)' is not part of a number: write remarks after a '#' (0.3925 # rounded)\n",
            "unreadable: 'V' is not part of a number: write remarks after a '#' (0.5969 # V)\n",
            "unreadable: no '=': write 'out_h1 = 0.5933'\n",
            "  6  ✓ dE_total/dw7 = -0.0226 ",
            "  7  ✓ dE_total/dw8 = -0.0227 ",
            "  8  ✓ net_o2 = 1.225×10^0 ",
        ] {
            #expect(result.output.contains(expected), "\(expected)")
        }
        #expect(result.output.hasSuffix("Score: 4 of 4 right, 0 wrong; 4 unreadable lines.\n"))
    }

    @Test func namesAsStudentsWriteThem() throws {
        let result = try BackpropProcess.run(["check", "-"], input: """
            1) ∂E_{total}/∂w_5 = 0.0822
            (a) δ_{o1} = 0.1385
            **out_{h1}** = 0.5933
            w5* = 0.35891
            new w6 = 0.4087
            Etotal = 0.298371109
            dE/dw9 = 0.1

            """)
        #expect(result.status == 1)
        #expect(result.output.hasPrefix("Checking standard input against one step of the reference 2-2-2 network."))
        #expect(result.output.contains("Score: 6 of 6 right, 0 wrong; 1 unknown name.\n"))
        #expect(result.output.contains("? dE/dw9 = 0.1"))
        #expect(!result.output.contains("did you mean"), "no suggestion that is not close")
        let close = try BackpropProcess.run(["check", "-"], input: "dE_totl/dw5 = 0.0822\n")
        #expect(close.output.contains("unknown name (did you mean dE_total/dw5?)"))
    }

    @Test func everyMistakeIsExplainedWithItsSlip() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write(try Self.sheet([
            "E_o1": "-0.274811083", "dE_total/dw5": "0.1385", "dE_total/dout_h1": "0.0554",
            "dE_o2/dout_h1": "-0.019049119",
        ]), named: "slips.txt", in: folder)
        let all = try BackpropProcess.run(["check", "slips.txt"], in: folder)
        #expect(all.status == 1)
        #expect(all.output.contains("Mistake 1 of 3: E_o1 on line "))
        #expect(all.output.contains("Mistake 3 of 3: dE_total/dout_h1 on line "))
        #expect(all.output.contains("✓ dE_o2/dout_h1 = -0.019049119 "), "the reference's own rounding")
        let first = try BackpropProcess.run(["check", "slips.txt", "--explain", "first"], in: folder)
        #expect(first.output.contains("First of 3 mistakes: E_o1 on line "))
        #expect(!first.output.contains("dE_total/dw5 = dE_total/dout_o1 * dout_o1/dnet_o1"))
        let json = try BackpropProcess.run(["check", "slips.txt", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let mistakes = try #require(object["mistakes"] as? [[String: Any]])
        #expect(mistakes.map { $0["slip"] as? String } == ["negative-square", "delta-for-gradient", "one-path-only"])
    }

    @Test func gradescopeResults() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        try AnswerFiles.write(try Self.sheet(["net_h1": "0.3775", "net_o1": "0.5059"]), named: "hw.txt", in: folder)
        let result = try BackpropProcess.run(["check", "hw.txt", "--format", "gradescope", "-o", "results.json"], in: folder)
        #expect(result.status == 1)
        let data = try Data(contentsOf: folder.appending(path: "results.json"))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["score"] as? Int == 1)
        #expect(object["output_format"] as? String == "text")
        let tests = try #require(object["tests"] as? [[String: Any]])
        #expect(tests.count == 59)
        #expect(tests.allSatisfy { $0["max_score"] as? Int == 1 })
        #expect(tests[0]["name"] as? String == "net_h1" && tests[0]["status"] as? String == "passed")
        let wrong = try #require(tests.first { $0["name"] as? String == "net_o1" })
        #expect(wrong["status"] as? String == "failed")
        #expect((wrong["output"] as? String)?.contains("The bias was left out") == true)
    }
}

/// Issue 20 end to end: decimal commas, a class that survives bad sheets, a slip counted once.
@Suite struct GradingCannotBeFooledTests {
    let folder: URL

    init() throws { folder = try BackpropProcess.temporaryDirectory() }

    @Test func theIssuesExampleIsWrong() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            ["check", "-"], input: "delta_h1 = 0.008771\ndnet_h1/dw1 = 0.05\ndE_total/dw1 = 0.000480\n"
        )
        #expect(result.status == 1)
        #expect(result.output.contains("✗ dE_total/dw1 = 0.000480  wrong, expected 0.000439"))
    }

    @Test func decimalCommasFromTheFlagOrTheWorksheet() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let worksheet = try BackpropProcess.run(["worksheet", "--decimal-comma"]).output
        #expect(worksheet.contains("#@ marking min-digits=3 decimal-comma=yes"))
        let filled = AnswerFiles.filled(worksheet, with: try AnswerFiles.exactValues(), decimals: 6)
            .split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.hasPrefix("#") ? String(line)
                    : line.replacingOccurrences(of: #"(\d)\.(\d)"#, with: "$1,$2", options: .regularExpression)
            }.joined(separator: "\n")
        try AnswerFiles.write(filled, named: "komma.txt", in: folder)
        let marked = try BackpropProcess.run(["check", "komma.txt"], in: folder)
        #expect(marked.status == 0, "\(marked.output)")
        try AnswerFiles.write("net_h1 = 0,3775\n", named: "plain.txt", in: folder)
        #expect(try BackpropProcess.run(["check", "plain.txt"], in: folder).status == 1)
        let flagged = try BackpropProcess.run(["check", "--decimal-comma", "plain.txt"], in: folder)
        #expect(flagged.status == 0)
        #expect(flagged.output.contains("✓ net_h1 = 0,3775"))
        let quiz = try BackpropProcess.run(["quiz", "--decimal-comma"], input: "0,3775\nq\n")
        #expect(quiz.output.contains("✓"), "\(quiz.output)")
    }

    @Test func aClassSurvivesBadSheets() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let worksheet = try BackpropProcess.run(["worksheet"]).output
        try AnswerFiles.write(
            AnswerFiles.filled(worksheet, with: try AnswerFiles.exactValues(), decimals: 9), named: "a.txt", in: folder
        )
        try AnswerFiles.write(worksheet.replacingOccurrences(of: "\"learningRate\": 0.5", with: "\"learningRate\": 0.7"), named: "b.txt", in: folder)
        try AnswerFiles.write("", named: "c.txt", in: folder)
        try AnswerFiles.write("net_h1 = 0.3775\n", named: "d.txt", in: folder)
        let table = try BackpropProcess.run(["check", "a.txt", "b.txt", "c.txt", "d.txt"], in: folder)
        #expect(table.status == 65)
        #expect(table.output.contains("a.txt  59/59"))
        #expect(table.output.contains("b.txt  unreadable: b.txt:"))
        #expect(table.output.contains("blank sheet; no worksheet header"))
        #expect(table.output.contains("d.txt  1/59") && table.output.hasSuffix("\n"))
        let csv = try BackpropProcess.run(["check", "a.txt", "b.txt", "c.txt", "d.txt", "--format", "csv"], in: folder)
        let rows = csv.output.split(separator: "\n")
        #expect(rows[1].hasPrefix("a.txt,worksheet,59,59,"))
        #expect(rows[2].contains("was changed since it was made"))
        #expect(rows[3].hasSuffix(",blank sheet; no worksheet header,"))
        #expect(rows[4].hasSuffix(",no worksheet header,"))
    }
}
