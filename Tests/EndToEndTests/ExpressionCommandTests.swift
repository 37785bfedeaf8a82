import Foundation
import Testing

/// `backprop explain --expr` run as a user runs it: every format, the gradient step, standard
/// input, and bad programs and flags refused in one line with the conventional status.
@Suite struct ExpressionCommandTests {
    static let micrograd = "a = -4.0; b = 2.0; c = a + b; d = a * b + b**3; c += c + 1; c += 1 + c + (-a); "
        + "d += d * 2 + (b + a).relu(); d += 3 * d + (b - a).relu(); e = c - d; f = e**2; g = f / 2.0; g += 10.0 / f"

    @Test(arguments: ["markdown", "text", "latex", "html", "json", "list", "dot"])
    func everyFormatWritesMicrogradsNumbers(format: String) throws {
        let result = try BackpropProcess.run(["explain", "--expr", Self.micrograd, "--format", format, "--digits", "4"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        let shown = format == "json" || format == "list" ? ["24.70408163265306", "138.8338192419825", "645.577259475218"] : ["24.7041", "138.8338", "645.5773"]
        for number in shown where format != "dot" || number != "645.5773" {
            #expect(result.output.contains(number), "\(format) shows \(number)")
        }
    }

    /// The HTML page as a browser sees it: Chromium parses the page, and its graph (inline SVG),
    /// its MathML and micrograd's gradients are in the document it builds.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium"), "needs Chromium"))
    func theHTMLOpensInHeadlessChromium() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            ["explain", "--expr", Self.micrograd, "--digits", "4", "--format", "html", "-o", "g.html"], in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        let dom = try BackpropProcess.run(
            URL(fileURLWithPath: "/usr/bin/chromium"),
            ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", folder.appending(path: "g.html").path],
            environment: ["HOME": folder.path]
        )
        #expect(dom.output.contains("<svg"), "\(dom.error.suffix(300))")
        #expect(dom.output.components(separatedBy: "<math").count > 50)
        #expect(dom.output.contains("138.8338") && dom.output.contains("645.5773"))
    }

    @Test func cs231nAtGivenValuesWithAStep() throws {
        let result = try BackpropProcess.run([
            "explain", "--expr", "f = (x + y) * z", "--at", "x=-2,y=5,z=-4", "--params", "z", "--learning-rate", "0.1",
            "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("\"value\": -12"))
        #expect(result.output.contains("{\"name\": \"z\", \"value\": -4, \"grad\": 3, \"updated\": -4.3}"))
    }

    @Test func theProgramCanComeFromStandardInput() throws {
        let result = try BackpropProcess.run(
            ["explain", "--expr-file", "-", "--at", "x=-2,y=5,z=-4", "--format", "list"], input: "q = x + y\nf = q * z\n"
        )
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("df/dx = -4"))
    }

    @Test func aSyntaxErrorShowsTheLineWithACaret() throws {
        let result = try BackpropProcess.run(["explain", "--expr", "a = 1\nb = a * * 2"])
        #expect(result.status == 65)
        #expect(result.output.isEmpty)
        #expect(result.error == """
            backprop: error: --expr: line 2, column 9: expected a number, a name or '(', found '*'
              b = a * * 2
                      ^

            """)
    }

    static let refused: [(arguments: [String], status: Int32, message: String)] = [
        (["--expr", "b = alpah * 2", "--at", "alpha=1"], 65, "--expr: line 1, column 5: alpah has no value: assign it first or give it with --at alpah=X (did you mean alpha?)"),
        (["--expr", "a = -1; b = log(a)"], 65, "--expr: line 1, column 13: log of -1: log needs a value above 0"),
        (["--expr", "a = 0; b = 1 / a"], 65, "--expr: line 1, column 14: division by 0 (1 and 0): the divisor is 0"),
        (["--expr", "a = 1; b = tahn(a)"], 65, "--expr: line 1, column 12: no function tahn (did you mean tanh?); the functions are exp, log, tanh, sigmoid, relu, sin, cos, sqrt and logistic"),
        (["--expr", "a = 1; b = " + String(repeating: "(", count: 101) + "a" + String(repeating: ")", count: 101)], 65, "--expr: line 1, column 112: parentheses, calls and signs nest more than 100 deep"),
        (["--expr", "b = a * 2", "--at", "a=1", "--of", "bb"], 64, "--of: the program assigns no bb (did you mean b?)"),
        (["--expr", "b = a * 2", "--at", "a=x"], 64, "--at: a: 'x' is not a number"),
        (["--expr", "b = a * 2", "--at", "a=1", "--params", "c"], 64, "--params: c is not an input of the program (did you mean a?)"),
        (["--expr", "b = 2", "--learning-rate", "0.1"], 64, "--learning-rate with --expr needs --params: the inputs the step moves"),
        (["--expr", "b = 2", "--inputs", "1,2"], 64, "--inputs does not apply to --expr: an expression's values come from the program and --at"),
        (["--expr", "b = 2", "--expr-file", "x"], 64, "--expr and --expr-file both give a program: give one"),
    ]

    @Test(arguments: refused.indices)
    func badInputIsRefusedInOneLine(index: Int) throws {
        let (arguments, status, message) = Self.refused[index]
        let result = try BackpropProcess.run(["explain"] + arguments)
        #expect(result.status == status)
        #expect(result.output.isEmpty)
        let first = result.error.split(separator: "\n").first.map(String.init)
        #expect(first == "backprop: error: " + message)
    }

    @Test func aFailedRunWritesNoFile() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "backprop-expr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["explain", "--expr", "a = 0; b = 1 / a", "-o", "out.md"], in: folder)
        #expect(result.status == 65)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}

/// `worksheet --expr` and `check --expr` run as a student runs them.
@Suite struct ExpressionPracticeCommandTests {
    static let program = "q = x + y; f = q * z"

    @Test func aWorksheetAsksEveryValueAndGradientAndSaysHowToCheckIt() throws {
        let result = try BackpropProcess.run(["worksheet", "--expr", Self.program, "--at", "x=-2,y=5,z=-4"])
        #expect(result.status == 0, "\(result.error)")
        for line in ["# q = x + y", "q =", "f =", "df/dq =", "df/dz =", "df/dx =", "df/dy =",
                     "#   backprop check --expr 'q = x + y; f = q * z' --at x=-2,y=5,z=-4 FILE"] {
            #expect(result.output.contains(line + "\n"), "\(line)")
        }
    }

    @Test func aFilledInSheetIsMarkedWithItsSlipNamed() throws {
        let sheet = "q = 3\nf = -12\ndf/dq = -4\ndf/dz = 3\ndf/dx = -4\ndf/dy = 1\n"
        let result = try BackpropProcess.run(
            ["check", "--expr", Self.program, "--at", "x=-2,y=5,z=-4", "-"], input: sheet
        )
        #expect(result.status == 1, "\(result.error)")
        #expect(result.output.contains("standard input: 5 of 6 right"))
        #expect(result.output.contains("line 6: df/dy = 1: wrong, the exact value is -4; a chain factor dropped: through q the local derivative must be multiplied by q's own gradient"))
    }

    @Test func aRightSheetExitsZero() throws {
        let result = try BackpropProcess.run(
            ["check", "--expr", Self.program, "--at", "x=-2,y=5,z=-4", "-"], input: "df/dx = -4\ndf/dy = -4\ndf/dz = 3\n"
        )
        #expect(result.status == 0, "\(result.output)")
    }

    @Test func checkNeedsOneSheet() throws {
        let result = try BackpropProcess.run(["check", "--expr", Self.program, "--at", "x=-2,y=5,z=-4"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("backprop: error: check --expr marks one answers file"))
    }
}

/// `exercise --expr-size N` writes a whole set, each worksheet checkable against its program.
@Suite struct ExpressionExerciseCommandTests {
    @Test func aSetIsWrittenAndItsWorksheetsCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "backprop-expr-ex-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["exercise", "--expr-size", "5", "--seed", "3", "--count", "2", "--out-dir", "set"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "set").path).sorted()
        #expect(files == [
            "exercise-01-answers.md", "exercise-01-worksheet.txt", "exercise-01.expr",
            "exercise-02-answers.md", "exercise-02-worksheet.txt", "exercise-02.expr", "index.txt",
        ])
        // A blank worksheet is not an error: blank answers are skipped.
        let check = try BackpropProcess.run(["check", "--expr-file", "set/exercise-01.expr", "set/exercise-01-worksheet.txt"], in: folder)
        #expect(check.status == 0, "\(check.output)\(check.error)")
        #expect(check.output.contains("0 of 0 right"))
    }

    @Test(arguments: [
        (["--expr-size", "0", "--seed", "1"], "--expr-size: 0 is out of range (1 to 30)"),
        (["--expr-size", "3"], "--seed is required, a whole number from 0 to 18446744073709551615: the same seed gives the same exercises"),
        (["--expr-size", "3", "--seed", "1", "--layers", "2,2"], "--layers does not apply to --expr-size: it describes a network exercise"),
    ])
    func badSettingsAreRefused(arguments: [String], message: String) throws {
        let result = try BackpropProcess.run(["exercise"] + arguments)
        #expect(result.status == 64)
        #expect(result.error.split(separator: "\n").first.map(String.init) == "backprop: error: " + message)
    }
}

/// `quiz --expr` read from a pipe, one answer a line.
@Suite struct ExpressionQuizCommandTests {
    @Test func eachAnswerIsJudgedAtOnceWithItsSlip() throws {
        let result = try BackpropProcess.run(
            ["quiz", "--expr", "q = x + y; f = q * z", "--at", "x=-2,y=5,z=-4"],
            input: "3\n-10\n-12\nreveal\n-4\n1\n-4\nskip\n"
        )
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("(2/6) f = q*z\nf = -10\n  not quite; try again, or 'reveal'\nf = -12\n  right\n"))
        #expect(result.output.contains("df/dz = reveal\n  df/dz = 3\n"))
        #expect(result.output.contains("df/dy = 1\n  not quite: a chain factor dropped: through q the local derivative must be multiplied by q's own gradient"))
        #expect(result.output.hasSuffix("2 of 4 answered right at the first try (6 questions).\n"))
    }

    @Test func theProgramCannotComeFromStandardInput() throws {
        let result = try BackpropProcess.run(["quiz", "--expr-file", "-"])
        #expect(result.status == 64)
    }
}
