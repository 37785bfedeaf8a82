import BackpropCore
import BackpropExercises
import BackpropRender
import Testing

/// The LaTeX walkthrough of the reference network: byte for byte, and compiled by pdflatex.
@Suite struct LaTeXGoldenTests {
    static func render(_ network: TrainingSetup = .reference, bodyOnly: Bool = false, detail: WalkthroughOptions.Detail = .first) throws -> String {
        var renderer = WalkthroughRenderer(
            style: .latex(bodyOnly: bodyOnly), options: WalkthroughOptions(detail: detail),
            templates: try WalkthroughRenderer.templates(overriding: nil)
        )
        return try renderer.render(try Engine.run(network))
    }

    @Test func referenceMatchesTheGoldenFile() throws {
        try GoldenFile.check(try Self.render(), against: "reference.tex")
    }

    @Test func bodyOnlyIsTheDocumentsBody() throws {
        let document = try Self.render()
        let body = try Self.render(bodyOnly: true)
        #expect(!body.contains("\\documentclass"))
        #expect(!body.contains("\\begin{document}"))
        #expect(body.hasPrefix("% "))
        #expect(body.contains("\\usepackage{tikz}"))
        let bodyStart = try #require(body.range(of: "\\section{The network}"))
        #expect(document.contains(body[bodyStart.lowerBound...]))
    }

    @Test func longChainsBreakOnePerLineAndShortOnesStayWhole() throws {
        let document = try Self.render()
        #expect(document.contains("""
            \\begin{align*}
            \\mathit{net}_{o1} &= w_{5} \\cdot \\mathit{out}_{h1} + w_{6} \\cdot \\mathit{out}_{h2} + b_{2} \\cdot 1 \\\\
            &= 0.4 \\cdot 0.593269992 + 0.45 \\cdot 0.596884378 + 0.6 \\cdot 1 \\\\
            &= 1.105905967
            \\end{align*}
            """))
        #expect(document.contains("\\mathit{net}_{h1} &= w_{1} \\cdot i_{1} + w_{2} \\cdot i_{2} + b_{1} \\cdot 1 = 0.15"))
    }

    @Test func tablesLineUpDecimalPointsAndEscapeText() {
        let table = Table(
            columns: [.init("name_x"), .init("$v$", .decimal)],
            rows: [["h1_2 → o1", "0.25"], ["b & c", "-1"]]
        )
        let text = LaTeXTableWriter().write(table)
        #expect(text.contains("\\begin{tabular}{l r@{}l}"))
        #expect(text.contains("name\\_x & \\multicolumn{2}{c}{$v$} \\\\"))
        #expect(text.contains("h1\\_2 \\ensuremath{\\rightarrow} o1 & 0 & .25 \\\\"))
        #expect(text.contains("b \\& c & $-$1 &  \\\\"))
    }

    @Test(.enabled(if: LaTeXCompiler.isAvailable, "pdflatex is not installed: .ci/run installs texlive-latex-base, texlive-latex-recommended and texlive-pictures"))
    func referenceCompilesWithoutErrorsOrOverfullLines() throws {
        let result = try LaTeXCompiler.compile(try Self.render())
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.badBoxes.isEmpty, "\(result.badBoxes)")
        #expect(result.pdf?.starts(with: Array("%PDF".utf8)) == true)
    }

    @Test(.enabled(if: LaTeXCompiler.isAvailable, "pdflatex is not installed"),
          arguments: [WalkthroughOptions.Detail.first, .all])
    func otherNetworksCompileWithoutOverfullLines(detail: WalkthroughOptions.Detail) throws {
        let exercises = try ExerciseGenerator(seed: 2024, layerSizes: [3, 3, 2, 2]).exercises(count: 1)
        let result = try LaTeXCompiler.compile(try Self.render(exercises[0].setup, detail: detail))
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.badBoxes.filter { $0.hasPrefix("Overfull \\hbox") }.isEmpty, "\(result.badBoxes)")
    }
}
