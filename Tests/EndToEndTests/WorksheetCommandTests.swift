import Foundation
import Testing

/// `backprop worksheet`: every term once, in derivation order, under the walkthrough's
/// headings; filled in, a valid answers file in either format.
@Suite struct WorksheetCommandTests {
    let folder: URL

    init() throws { folder = try BackpropProcess.temporaryDirectory() }

    /// The computed terms' names as `explain` lists them, in order.
    static func termNames(_ arguments: [String] = []) throws -> [String] {
        let explain = try BackpropProcess.run(["explain", "--format", "list"] + arguments).output
        let lines = explain.split(separator: "\n").filter { !$0.hasPrefix("#") }
        return lines.map { String($0.prefix { $0 != " " }) }.filter { !givens.contains($0) }
    }

    static let givens: Set<String> = [
        "i1", "i2", "w1", "w2", "w3", "w4", "w5", "w6", "w7", "w8", "b1", "b2",
        "target_o1", "target_o2", "eta",
    ]

    @Test func textListsEveryTermUnderItsSection() throws {
        let result = try BackpropProcess.run(["worksheet"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map(String.init)
        let blanks = lines.filter { $0.hasSuffix(" =") && !$0.hasPrefix("#") }.map { String($0.dropLast(2)) }
        #expect(blanks == (try Self.termNames()))
        let headings = lines.filter { $0.hasPrefix("# The ") }
        #expect(headings == [
            "# The network (given)", "# The forward pass: hidden layer",
            "# The forward pass: output layer", "# The total error",
            "# The backward pass: output layer", "# The backward pass: hidden layer",
        ])
        #expect(lines.contains("#   w5 = 0.4"))
        #expect(!lines.contains("w5 ="))
        #expect(lines.first == "# backprop worksheet: one training step of the reference 2-2-2 network, by hand.")
    }

    @Test func formulasAreHints() throws {
        let text = try BackpropProcess.run(["worksheet", "--formulas"]).output
        #expect(text.contains("# net_h1 = w1*i1 + w2*i2 + b1*1\nnet_h1 =\n"))
        let markdown = try BackpropProcess.run(["worksheet", "--format", "markdown", "--formulas"]).output
        #expect(markdown.contains("| `dE_total/dw5` | `dE_total/dout_o1 * dout_o1/dnet_o1 * dnet_o1/dw5` |  |\n"))
    }

    @Test func markdownHasATablePerSection() throws {
        let result = try BackpropProcess.run(["worksheet", "--format", "markdown"])
        #expect(result.status == 0)
        let rows = result.output.split(separator: "\n").filter { $0.hasPrefix("| `") }
        #expect(rows.map { String($0.dropFirst(3).prefix { $0 != "`" }) } == (try Self.termNames()))
        #expect(result.output.contains("## The backward pass: hidden layer\n\n| term | value |\n|---|---|\n"))
        #expect(result.output.contains("> | `eta` | 0.5 |\n"))
    }

    @Test(arguments: [
        ["--format", "text"], ["--format", "markdown"], ["--formulas"],
        ["--format", "markdown", "--formulas"],
    ])
    func aFilledInWorksheetIsAnAnswersFile(_ options: [String]) throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let worksheet = try BackpropProcess.run(["worksheet"] + options).output
        let filled = AnswerFiles.filled(worksheet, with: try AnswerFiles.exactValues(), decimals: 6)
        #expect(filled != worksheet)
        try AnswerFiles.write(filled, named: "sheet", in: folder)
        let result = try BackpropProcess.run(["check", "sheet"], in: folder)
        #expect(result.status == 0, "\(result.output)\(result.error)")
        #expect(result.output.hasSuffix("Score: 59 of 59 right, 0 wrong.\n"))
    }

    @Test func otherNetworksAndOptions() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let flags = [
            "--layers", "2,3,1", "--weights", "0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9",
            "--targets", "0.5", "--activation", "tanh,logistic", "--update-biases",
        ]
        let worksheet = try BackpropProcess.run(["worksheet"] + flags).output
        #expect(worksheet.contains("#   backprop check FILE\n"), "the sheet records its options")
        #expect(worksheet.contains("\n#@ training hidden-uses=original update-biases=yes batch-size=all reduction=mean round=no\n"))
        #expect(worksheet.contains("\nb1+ =\n"))
        let filled = AnswerFiles.filled(worksheet, with: try AnswerFiles.exactValues(flags), decimals: 6)
        try AnswerFiles.write(filled, named: "sheet.txt", in: folder)
        let same = try BackpropProcess.run(["check", "sheet.txt"], in: folder)
        #expect(same.status == 0, "\(same.output)")
        #expect(same.output.hasPrefix("Checking sheet.txt against one step of a 2-3-1 network (--update-biases), the one its worksheet records."))
        let overridden = try BackpropProcess.run(["check", "sheet.txt", "--targets", "0.4"], in: folder)
        #expect(overridden.status == 1)
        #expect(overridden.error == "backprop: note: --targets overrides the setup recorded in the worksheet sheet.txt\n")
    }

    @Test func writesAFileAtomically() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["worksheet", "-o", "sheet.md", "--format", "markdown"], in: folder)
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        let written = try String(contentsOf: folder.appendingPathComponent("sheet.md"), encoding: .utf8)
        #expect(written.hasPrefix("# Worksheet: one training step of the reference 2-2-2 network\n"))
        let nowhere = try BackpropProcess.run(["worksheet", "-o", "no/such/folder/sheet.txt"], in: folder)
        #expect(nowhere.status == 73)
    }

    @Test(arguments: [
        (["worksheet", "--steps", "3"], "'worksheet' does not take --steps: a worksheet asks for the first step only (explain --steps shows the error after more)"),
        (["worksheet", "--format", "html"], "--format: 'html' is not one of text, markdown"),
        (["worksheet", "extra"], "unexpected argument 'extra' for 'worksheet'"),
    ])
    func usageErrors(arguments: [String], message: String) throws {
        let result = try BackpropProcess.run(arguments)
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("backprop: error: \(message)\n"))
    }
}
