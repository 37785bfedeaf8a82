import Foundation
import Testing

/// `explain --format latex|html`, `--body-only`, `--pdf` and `exercise`, as a user runs them.
@Suite struct HandoutCommandTests {
    static let hasPDFLaTeX: Bool = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: String($0) + "/pdflatex")
        }
    }()

    @Test(arguments: ["latex", "html"])
    func formatsRenderTheReference(format: String) throws {
        let result = try BackpropProcess.run(["explain", "--format", format])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("0.593269992"))
        let body = try BackpropProcess.run(["explain", "--format", format, "--body-only"])
        #expect(body.status == 0)
        #expect(body.output.count < result.output.count)
    }

    @Test(arguments: [
        (["--format", "markdown", "--body-only"], "--body-only needs --format latex or html"),
        (["--format", "html", "--pdf", "x.pdf"], "--pdf compiles LaTeX"),
        (["--pdf", "x.pdf", "--body-only"], "--pdf needs the whole document"),
    ])
    func flagsThatDoNotFitAreUsageErrors(arguments: [String], message: String) throws {
        let result = try BackpropProcess.run(["explain"] + arguments)
        #expect(result.status == 64)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(result.output.isEmpty)
    }

    @Test func pdfWithoutPDFLaTeXExitsWith69() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            ["explain", "--pdf", "out.pdf"], in: folder, environment: ["PATH": folder.path]
        )
        #expect(result.status == 69)
        #expect(result.error == "backprop: error: --pdf needs pdflatex, which is not installed (Debian: apt-get install texlive-latex-base texlive-latex-recommended texlive-pictures)\n")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "out.pdf").path))
    }

    @Test(.enabled(if: hasPDFLaTeX, "pdflatex is not installed"))
    func pdfIsWrittenAndTheSourceOnlyWhenAsked() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(["explain", "--pdf", "walk.pdf"], in: folder)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.isEmpty)
        let pdf = try Data(contentsOf: folder.appending(path: "walk.pdf"))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["walk.pdf"])
        let both = try BackpropProcess.run(["explain", "--pdf", "b.pdf", "-o", "b.tex"], in: folder)
        #expect(both.status == 0)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "b.tex").path))
    }

    @Test(.enabled(if: hasPDFLaTeX, "pdflatex is not installed"))
    func aDocumentPDFLaTeXRejectsNamesTheFirstError() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let templates = folder.appending(path: "templates/latex")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("\\section{Summary}\n\\nosuchcommand\n".utf8).write(to: templates.appending(path: "summary.tex"))
        let result = try BackpropProcess.run(
            ["explain", "--pdf", "x.pdf", "--template-dir", "templates"], in: folder
        )
        #expect(result.status == 65)
        #expect(result.error.hasPrefix("backprop: error: pdflatex could not compile the document: Undefined control sequence."))
        #expect(result.error.contains("(line "))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "x.pdf").path))
    }

    @Test(arguments: [("markdown", "md"), ("latex", "tex"), ("html", "html"), ("text", "txt")])
    func eachAnswerKeyIsWhatExplainPrintsForItsNetworkFile(format: String, fileExtension: String) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            ["exercise", "--seed", "11", "--count", "3", "--out-dir", "set", "--format", format], in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        let set = folder.appending(path: "set")
        let names = try FileManager.default.contentsOfDirectory(atPath: set.path).sorted()
        // Per exercise: network, problem, worksheet.txt, key, answers, and a printed worksheet
        // except in text, whose worksheet is the .txt.
        #expect(names.count == (format == "text" ? 16 : 19))
        #expect(names.contains("index.\(fileExtension)"))
        for number in 1...3 {
            let stem = "set/exercise-0\(number)"
            #expect(names.contains("exercise-0\(number)-problem.\(fileExtension)"))
            #expect(names.contains("exercise-0\(number)-worksheet.txt"))
            #expect(names.contains("exercise-0\(number)-key.\(fileExtension)"))
            #expect(names.contains("exercise-0\(number)-worksheet.\(fileExtension)"))
            let explain = try BackpropProcess.run(["explain", "--network", stem + ".json", "--format", format], in: folder)
            #expect(explain.status == 0)
            let key = try String(contentsOf: folder.appending(path: stem + "-answers.\(fileExtension)"), encoding: .utf8)
            #expect(key == explain.output)
        }
    }

    @Test func anExerciseWorksheetFilledInCorrectlyChecksClean() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let made = try BackpropProcess.run(["exercise", "--seed", "23", "--out-dir", "set"], in: folder)
        #expect(made.status == 0)
        let sheet = try String(contentsOf: folder.appending(path: "set/exercise-01-worksheet.txt"), encoding: .utf8)
        #expect(sheet.contains("backprop check FILE --network exercise-01.json"))
        let network = folder.appending(path: "set/exercise-01.json").path
        let values = try AnswerFiles.exactValues(["--network", network])
        try Data(AnswerFiles.filled(sheet, with: values).utf8).write(to: folder.appending(path: "set/mine.txt"))
        let checked = try BackpropProcess.run(["check", "mine.txt", "--network", "exercise-01.json"], in: folder.appending(path: "set"))
        #expect(checked.status == 0, "\(checked.output)")
    }

    @Test func theSameSeedWritesTheSameFilesAndAnotherSeedOthers() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, seed) in [("a", "5"), ("b", "5"), ("c", "6")] {
            let result = try BackpropProcess.run(["exercise", "--seed", seed, "--count", "2", "--out-dir", name], in: folder)
            #expect(result.status == 0)
        }
        func network(_ set: String) throws -> String {
            try String(contentsOf: folder.appending(path: set + "/exercise-01.json"), encoding: .utf8)
        }
        #expect(try network("a") == network("b"))
        #expect(try network("a") != network("c"))
    }

    @Test func aFolderWithFilesIsOnlyWrittenWithForce() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("mine".utf8).write(to: folder.appending(path: "notes.txt"))
        let refused = try BackpropProcess.run(["exercise", "--seed", "1", "--out-dir", "."], in: folder)
        #expect(refused.status == 73)
        #expect(refused.error.contains("the folder is not empty (1 entry); use --force to write into it"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["notes.txt"])
        let forced = try BackpropProcess.run(["exercise", "--seed", "1", "--out-dir", ".", "--force"], in: folder)
        #expect(forced.status == 0)
        #expect(try String(contentsOf: folder.appending(path: "notes.txt"), encoding: .utf8) == "mine")
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "index.md").path))
    }

    @Test(arguments: [
        (["exercise"], 64, "--seed is required"),
        (["exercise", "--seed", "x"], 64, "--seed: 'x' is not a whole number"),
        (["exercise", "--seed", "1", "--format", "json"], 64, "--format: 'json' is not one of markdown, latex, html, text"),
        (["exercise", "--seed", "1", "--layers", "2,20,2"], 64, "is not for hand calculation"),
        (["exercise", "--seed", "1", "--count", "0"], 64, "--count: 0 is out of range"),
    ])
    func badExerciseArgumentsAreRefused(arguments: [String], status: Int32, message: String) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(arguments + ["--out-dir", "set"], in: folder)
        #expect(result.status == status)
        #expect(result.error.contains(message), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "set").path))
    }

    @Test func helpListsTheExerciseCommand() throws {
        #expect(try BackpropProcess.run(["--help"]).output.contains("exercise"))
        let help = try BackpropProcess.run(["help", "exercise"])
        for flag in ["--seed", "--layers", "--count", "--out-dir", "--force", "--format", "--detail", "--digits"] {
            #expect(help.output.contains(flag), "\(flag)")
        }
    }
}
