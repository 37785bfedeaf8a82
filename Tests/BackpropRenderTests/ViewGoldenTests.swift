import BackpropCore
import BackpropInput
import BackpropRender
import Foundation
import Testing

/// The matrix form, the computational graph and the gradient check of the reference network in
/// every format, byte for byte (`Golden/views/`), and the LaTeX of each compiled by pdflatex.
@Suite struct ViewGoldenTests {
    enum Format: String, CaseIterable, Sendable {
        case markdown = "md", text = "txt", latex = "tex", html, json
    }

    static func views(_ trace: Trace, _ shown: [StepView]) throws -> StepViews {
        StepViews(
            trace: trace, shown: shown,
            gradientCheck: shown.contains(.gradientCheck) ? try GradientCheck(trace: trace) : nil,
            graph: shown.contains(.graph) ? ComputationalGraph(trace: trace) : nil
        )
    }

    static func render(
        _ views: StepViews, _ format: Format, _ options: WalkthroughOptions = WalkthroughOptions()
    ) throws -> String {
        let style: ViewStyle
        switch format {
        case .json: return ViewJSONRenderer().render(views)
        case .markdown: style = .markdown
        case .text: style = .text(ascii: false)
        case .latex: style = .latex()
        case .html: style = .html()
        }
        var renderer = ViewRenderer(
            style: style, options: options, templates: try WalkthroughRenderer.templates(overriding: nil)
        )
        return try renderer.render(views)
    }

    static let single: [StepView] = [.matrix, .graph, .gradientCheck]

    @Test(arguments: single, Format.allCases)
    func referenceViewMatchesItsGoldenFile(view: StepView, format: Format) throws {
        let document = try Self.render(Self.views(Engine.run(.reference), [view]), format)
        try GoldenFile.check(document, against: "views/reference-\(view.rawValue).\(format.rawValue)")
    }

    @Test func referenceGraphInDOTMatchesItsGoldenFile() throws {
        let dot = GraphDOTRenderer(numbers: .standard).render(try Self.views(Engine.run(.reference), [.graph]))
        try GoldenFile.check(dot, against: "views/reference-graph.dot")
    }

    @Test func everyViewInOneDocumentMatchesItsGoldenFile() throws {
        let views = try Self.views(Engine.run(.reference), [.walkthrough, .matrix, .graph, .gradientCheck])
        try GoldenFile.check(Self.render(views, .markdown), against: "views/reference-all.md")
    }

    @Test func softmaxWithoutBiasesInMatrixFormMatchesItsGoldenFile() throws {
        let reference = TrainingSetup.reference
        let setup = try TrainingSetup(
            layerSizes: [2, 2, 2], weights: reference.network.weights, biases: [[], []], biasSharing: .none,
            activations: [.logistic, .softmax], examples: reference.examples, loss: .crossEntropy,
            learningRate: reference.learningRate
        )
        let views = try Self.views(Engine.run(setup), [.matrix, .graph])
        try GoldenFile.check(Self.render(views, .text), against: "views/softmax-no-biases.txt")
    }

    @Test func aBatchInMatrixFormMatchesItsGoldenFile() throws {
        let setup = try ViewContentTests.network([2, 3, 2], examples: 3)
        let views = try Self.views(Engine.run(setup), [.matrix, .gradientCheck])
        try GoldenFile.check(Self.render(views, .markdown), against: "views/batch.md")
        if LaTeXCompiler.isAvailable {
            let result = try LaTeXCompiler.compile(Self.render(views, .latex))
            #expect(result.status == 0, "\(result.errors)")
            #expect(result.badBoxes.isEmpty, "\(result.badBoxes)")
        }
    }

    @Test(.enabled(if: LaTeXCompiler.isAvailable, "needs pdflatex"), arguments: single)
    func latexOfEachViewCompilesWithoutBadBoxes(view: StepView) throws {
        let result = try LaTeXCompiler.compile(Self.render(Self.views(Engine.run(.reference), [view]), .latex))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.badBoxes.isEmpty, "\(result.badBoxes)")
    }
}
