import BackpropCore
import BackpropInput
import Foundation
@testable import BackpropRender
import Testing

/// `explain --expr`'s documents: golden walkthroughs of micrograd's example, every format
/// rendered from the one document, LaTeX compiled.
@Suite struct ExpressionRenderTests {
    /// micrograd's README example, from `docs/examples/`.
    static let micrograd: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "docs/examples/micrograd.expr")
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }()

    /// Every operation and function once, with a value used in several places.
    static let everyOperation = """
        x = 0.7
        y = 1.3
        s = x + y - x * y / (y ** 2)
        t = -exp(x) + log(y) + tanh(x) + sigmoid(y) + (x - y).relu() + sin(x) * cos(y) + sqrt(y)
        out = s * t + logistic(s)
        """

    static func render(_ program: String, _ format: ExpressionRenderer.Format, digits: Int = 4, step: Bool = false) throws -> String {
        let trace = try ExpressionParser.trace(Array(program.utf8))
        let update = step ? ExpressionStep(learningRate: 0.01, updates: trace.step([0, 1], learningRate: 0.01)) : nil
        var renderer = ExpressionRenderer(
            format: format, numbers: NumberFormat(digits: digits), templates: try WalkthroughRenderer.templates(overriding: nil)
        )
        var sink = TextSink()
        try renderer.render(trace, source: program, step: update, into: &sink)
        return String(decoding: sink.bytes, as: UTF8.self)
    }

    @Test func microgradInMarkdown() throws {
        try GoldenFile.check(try Self.render(Self.micrograd, .markdown, step: true), against: "expression-micrograd.md")
    }

    @Test func microgradAsText() throws {
        try GoldenFile.check(try Self.render(Self.micrograd, .text(ascii: false, width: 80, emphasis: false)), against: "expression-micrograd.txt")
    }

    @Test func microgradsPublishedNumbersAreShown() throws {
        let text = try Self.render(Self.micrograd, .markdown)
        for number in ["24.7041", "138.8338", "645.5773"] { #expect(text.contains(number), "\(number)") }
        #expect(text.contains("$b$ is used in 5 places; its gradient adds 5 contributions"))
    }

    static let formats: [ExpressionRenderer.Format] = [
        .markdown, .text(ascii: false, width: 80, emphasis: false), .text(ascii: true, width: 60, emphasis: false),
        .latex(bodyOnly: false), .latex(bodyOnly: true), .html(bodyOnly: false), .html(bodyOnly: true),
    ]

    @Test(arguments: formats)
    func everyFormatRendersEveryOperation(format: ExpressionRenderer.Format) throws {
        let text = try Self.render(Self.everyOperation, format, step: true)
        #expect(text.contains("forward pass"))
        #expect(text.contains("backward pass"))
        #expect(text.contains("A gradient step"))
        for operation in ["exp", "log", "tanh", "sigmoid", "relu", "sin", "cos", "sqrt", "power", "divide", "negate"] {
            #expect(text.contains("(\(operation))"), "the graph names \(operation)")
        }
        if case .text(ascii: true, _, _) = format { #expect(text.utf8.allSatisfy { $0 < 0x80 }) }
        if case let .html(bodyOnly) = format {
            #expect(text.contains("<math") && text.contains("<svg"))
            #expect(text.hasPrefix("<!DOCTYPE html>") != bodyOnly)
        }
        if case let .latex(bodyOnly) = format {
            #expect(text.contains("\\begin{tikzpicture}"))
            #expect(text.contains("\\begin{document}") != bodyOnly)
        }
    }

    @Test(.enabled(if: LaTeXCompiler.isAvailable, "pdflatex is not installed: .ci/run installs it"),
          arguments: [micrograd, everyOperation])
    func theLaTeXCompiles(program: String) throws {
        let result = try LaTeXCompiler.compile(try Self.render(program, .latex(bodyOnly: false), step: true))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.pdf != nil)
    }

    @Test func aGraphTooLargeToDrawPointsToDot() throws {
        let program = "a = 1\n" + (1...40).map { "a = a * 1.01 + \($0)" }.joined(separator: "\n")
        let text = try Self.render(program, .markdown)
        #expect(text.contains("too many to draw here"))
        #expect(!text.contains("```mermaid"))
    }

    @Test func jsonHoldsEveryNode() throws {
        let trace = try ExpressionParser.trace(Array("f = (x + y) * z".utf8), given: [("x", -2), ("y", 5), ("z", -4)])
        var sink = TextSink()
        try ExpressionJSONRenderer().render(trace, step: nil, into: &sink)
        try GoldenFile.check(String(decoding: sink.bytes, as: UTF8.self), against: "expression-cs231n.json")
    }
}

/// The walkthrough as a tree, before any writer: its sections and the fan-out sums.
@Suite struct ExpressionDocumentTests {
    @Test func theWalkthroughHasItsSectionsAndOneSumPerFanOut() throws {
        let trace = try ExpressionParser.trace(Array("y = b * b + b".utf8), given: [("b", 3)])
        let walkthrough = ExpressionWalkthrough(
            trace: trace, notation: ExpressionNotation(trace: trace, numbers: .standard), source: "y = b * b + b", step: nil
        )
        let blocks = walkthrough.document().blocks
        let headings = blocks.compactMap { block -> String? in
            guard case let .heading(_, inlines) = block, case let .text(words)? = inlines.first else { return nil }
            return words
        }
        #expect(headings == ["The graph", "The forward pass", "The backward pass", "Values and gradients"])
        let sums = blocks.filter { block in
            guard case let .math(.equation(parts)) = block, case .partial? = parts.first, case .sum = parts[1] else { return false }
            return true
        }
        #expect(sums.count == 1)
    }
}
