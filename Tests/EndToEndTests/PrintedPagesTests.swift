import Foundation
import Testing

/// What a printer gets: the packet of `exercise --pdf` and the pages of `explain --pdf`, read
/// back with poppler's `pdfinfo` and `pdftotext`.
@Suite struct PrintedPagesTests {
    static let tools: Bool = ["pdflatex", "pdfinfo", "pdftotext"].allSatisfy { tool($0) != nil }

    static func tool(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appending(path: name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func pageCount(_ pdf: URL) throws -> Int {
        let info = try BackpropProcess.run(try #require(tool("pdfinfo")), [pdf.path])
        let line = try #require(info.output.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces)))
    }

    static func text(_ pdf: URL, page: Int) throws -> String {
        try BackpropProcess.run(
            try #require(tool("pdftotext")), ["-f", String(page), "-l", String(page), pdf.path, "-"]
        ).output
    }

    /// How far down each page its text reaches, above the page number, in points from the top
    /// of the 842 pt A4 page (the text area ends at 771 pt).
    static func textBottoms(_ pdf: URL) throws -> [Double] {
        let boxes = try BackpropProcess.run(try #require(tool("pdftotext")), ["-bbox", pdf.path, "-"]).output
        return boxes.components(separatedBy: "<page ").dropFirst().map { page in
            page.components(separatedBy: "yMax=\"").dropFirst()
                .compactMap { Double($0.prefix { $0 != "\"" }) }
                .filter { $0 < 780 }
                .max() ?? 0
        }
    }

    @Test(.enabled(if: tools, "pdflatex or poppler-utils are not installed"), arguments: ["2,3,2", "2,3,3,2", "3,8,2"])
    func theStudentsPacketPairsSheetsAndWorksheetsAndTheKeysSharePages(layers: String) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            ["exercise", "--seed", "5", "--count", "3", "--layers", layers, "--out-dir", "set", "--pdf", "packet.pdf"],
            in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("and the packets to packet.pdf and packet-keys.pdf"))
        let pdf = folder.appending(path: "packet.pdf")
        let pages = try (1...Self.pageCount(pdf)).map { try Self.text(pdf, page: $0) }
        for number in 1...3 {
            let sheet = try #require(pages.firstIndex { $0.contains("Exercise \(number): one step of backpropagation by hand") })
            #expect(pages[sheet].contains("Write your values on the worksheet."), "the sheet spills over")
            #expect(pages[sheet + 1].contains("Exercise \(number): worksheet"))
        }
        #expect(!pages.joined().contains("exercise-0"), "a file name on paper")
        #expect(!pages.joined().contains("answer key"))
        let keys = folder.appending(path: "packet-keys.pdf")
        let keyPages = try (1...Self.pageCount(keys)).map { try Self.text(keys, page: $0) }
        // No key takes a page of its own: a small network's share one.
        #expect(keyPages.count <= 3)
        #expect(keyPages.joined().components(separatedBy: "answer key").count - 1 == 3)
        if layers == "2,3,2" {
            #expect(keyPages.count < 3, "several keys a page")
            #expect(keyPages[0].contains("Exercise 1: answer key") && keyPages[0].contains("Exercise 2: answer key"))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.appending(path: "set").path)
        #expect(names.contains("exercise-03-key.tex"))
        #expect(names.contains("exercise-03-worksheet.tex"))
    }

    @Test(.enabled(if: tools, "pdflatex or poppler-utils are not installed"))
    func aDenseSoftmaxSheetFitsOnePageAndAWorksheetNeedsOneRun() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            [
                "exercise", "--seed", "5", "--layers", "3,4,3", "--activation", "logistic,softmax",
                "--loss", "cross-entropy", "--examples", "2", "--format", "latex", "--out-dir", "set",
                "--pdf", "packet.pdf", "--keys-pdf", "keys.pdf",
            ],
            in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        let pdf = folder.appending(path: "packet.pdf")
        let first = try Self.text(pdf, page: 1)
        #expect(first.contains("Exercise 1: one step") && first.contains("Write your values on the worksheet."))
        #expect(try Self.text(pdf, page: 2).contains("Exercise 1: worksheet"))
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "keys.pdf").path))
        // One pdflatex run: no column width left to settle in a second.
        let compiled = try BackpropProcess.run(
            try #require(Self.tool("pdflatex")), ["-interaction=nonstopmode", "exercise-01-worksheet.tex"],
            in: folder.appending(path: "set")
        )
        #expect(compiled.status == 0)
        let log = try String(contentsOf: folder.appending(path: "set/exercise-01-worksheet.log"), encoding: .utf8)
        #expect(!log.contains("Rerun") && !log.contains("Column widths have changed"))
    }

    @Test(.enabled(if: tools, "pdflatex or poppler-utils are not installed"), arguments: ["2,3,2", "2,3,3,2", "3,8,2"])
    func walkthroughPagesAreNeverLeftHalfEmpty(layers: String) throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let set = try BackpropProcess.run(["exercise", "--seed", "1", "--layers", layers, "--out-dir", "set"], in: folder)
        #expect(set.status == 0, "\(set.error)")
        let result = try BackpropProcess.run(
            ["explain", "--network", "set/exercise-01.json", "--pdf", "walk.pdf"], in: folder
        )
        #expect(result.status == 0, "\(result.error)")
        let bottoms = try Self.textBottoms(folder.appending(path: "walk.pdf"))
        #expect(bottoms.count > 3)
        // Every page but the last is filled to within a quarter page of the bottom margin.
        for (page, bottom) in bottoms.dropLast().enumerated() {
            #expect(bottom > 600, "page \(page + 1) of the \(layers) walkthrough ends at \(bottom) pt of 771")
        }
    }

    @Test func thePacketNeedsPDFLaTeXAndLeavesNothingWithout() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try BackpropProcess.run(
            ["exercise", "--seed", "5", "--count", "2", "--out-dir", "set", "--pdf", "packet.pdf"],
            in: folder, environment: ["PATH": folder.path]
        )
        #expect(result.status == 69)
        #expect(result.error.hasPrefix("backprop: error: --pdf needs pdflatex"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func thePacketIsLaTeX() throws {
        let result = try BackpropProcess.run(["exercise", "--seed", "5", "--format", "html", "--pdf", "p.pdf"])
        #expect(result.status == 64)
        #expect(result.error.contains("--pdf compiles LaTeX: it cannot be used with --format html"))
        #expect(result.error.contains("backprop help exercise"))
    }

    @Test(.enabled(if: tools, "pdflatex or poppler-utils are not installed"))
    func aSetThatCannotBeWrittenTakesThePacketsBack() throws {
        let folder = try BackpropProcess.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        // Standard output closed: the summary cannot be printed, so the set does not move in,
        // and the packet, already in place, is taken back.
        let result = try BackpropProcess.run(
            URL(fileURLWithPath: "/bin/sh"),
            ["-c", "exec \"$0\" exercise --seed 5 --out-dir set --pdf packet.pdf >&-", BackpropProcess.executable.path],
            in: folder
        )
        #expect(result.status == 74, "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
