import BackpropCore
import BackpropRender
import Foundation
import Testing

/// A later step of momentum and of Adam, traced and written out: the optimizer's rule, its
/// state as the step finds it, and every update derived through it, byte for byte.
@Suite struct OptimizerGoldenTests {
    static let momentum = TrainingOptions(updateBiases: true, steps: 3, optimizer: .momentum(0.9), tracedStep: 3)
    static let adam = TrainingOptions(steps: 2, optimizer: .adam, tracedStep: 2)
    static let nesterovWithDecay = TrainingOptions(
        updateBiases: true, steps: 2, optimizer: .nesterov(0.9), tracedStep: 2, weightDecay: 0.1
    )
    static let rmsprop = TrainingOptions(steps: 2, optimizer: .rmsprop, tracedStep: 2)

    @Test func nesterovWithWeightDecayText() throws {
        let trace = try Engine.run(.reference, options: Self.nesterovWithDecay)
        try GoldenFile.check(WalkthroughGoldenTests.render(trace, .text(ascii: false)), against: "nesterov-decay-step-2.txt")
    }

    /// With η = 0.01, `train`'s default for RMSprop: the walkthrough's 0.5 moves every weight
    /// by about 5.
    @Test func rmspropsSecondStepMarkdown() throws {
        let reference = TrainingSetup.reference
        let setup = try TrainingSetup(
            network: reference.network, examples: reference.examples, loss: reference.loss, learningRate: 0.01
        )
        let trace = try Engine.run(setup, options: Self.rmsprop)
        try GoldenFile.check(WalkthroughGoldenTests.render(trace, .markdown), against: "rmsprop-step-2.md")
    }

    @Test func nesterovWithWeightDecayInMatrixForm() throws {
        let trace = try Engine.run(.reference, options: Self.nesterovWithDecay)
        let document = try ViewGoldenTests.render(ViewGoldenTests.views(trace, [.matrix]), .text)
        try GoldenFile.check(document, against: "views/nesterov-decay-step-2-matrix.txt")
    }

    @Test func momentumsThirdStepText() throws {
        let trace = try Engine.run(.reference, options: Self.momentum)
        try GoldenFile.check(WalkthroughGoldenTests.render(trace, .text(ascii: false)), against: "momentum-step-3.txt")
    }

    @Test func adamsSecondStepMarkdown() throws {
        let trace = try Engine.run(.reference, options: Self.adam)
        try GoldenFile.check(WalkthroughGoldenTests.render(trace, .markdown), against: "adam-step-2.md")
    }

    @Test func adamsSecondStepHTML() throws {
        let trace = try Engine.run(.reference, options: Self.adam)
        try GoldenFile.check(WalkthroughGoldenTests.render(trace, .html()), against: "adam-step-2.html")
    }

    @Test(arguments: [ViewGoldenTests.Format.text, .latex])
    func adamsSecondStepInMatrixForm(format: ViewGoldenTests.Format) throws {
        let trace = try Engine.run(.reference, options: Self.adam)
        let document = try ViewGoldenTests.render(ViewGoldenTests.views(trace, [.matrix]), format)
        try GoldenFile.check(document, against: "views/adam-step-2-matrix.\(format.rawValue)")
    }

    @Test func momentumInMatrixFormMarkdown() throws {
        let trace = try Engine.run(.reference, options: Self.momentum)
        let document = try ViewGoldenTests.render(ViewGoldenTests.views(trace, [.matrix]), .markdown)
        try GoldenFile.check(document, against: "views/momentum-step-3-matrix.md")
    }

    /// The state, the rule and each update appear in every format, the numbers the trace's.
    @Test(arguments: [DocumentStyle.markdown, .text(ascii: false), .latex(), .html()])
    func everyFormatDerivesTheState(style: DocumentStyle) throws {
        let trace = try Engine.run(.reference, options: Self.adam)
        let document = try WalkthroughGoldenTests.render(trace, style)
        let numbers = NumberFormat.standard
        for name in ["m_w5+", "v_w5+", "mhat_w5", "vhat_w5", "w5+", "mhat_w1", "w1+"] {
            let term = try #require(trace[named: name])
            // Without its sign, which MathML writes apart as −.
            #expect(document.contains(numbers.string(abs(term.value))), "\(name)")
        }
        #expect(document.contains("torch.optim.Adam"))
        #expect(document.contains("step 1 left"))
        #expect(!document.contains("Initial values") && !document.contains("initial weights"))
    }
}

/// Every optimizer's trace compiles in pdflatex with every weight derived, without overfull lines.
@Suite struct OptimizerLaTeXTests {
    @Test(.enabled(if: LaTeXCompiler.isAvailable, "pdflatex is not installed"),
          arguments: [
              OptimizerGoldenTests.momentum, OptimizerGoldenTests.adam, OptimizerGoldenTests.nesterovWithDecay,
              OptimizerGoldenTests.rmsprop,
          ])
    func compiles(options: TrainingOptions) throws {
        var options = options
        options.updateBiases = true
        let trace = try Engine.run(.reference, options: options)
        let result = try LaTeXCompiler.compile(
            try WalkthroughGoldenTests.render(trace, .latex(), WalkthroughOptions(detail: .all))
        )
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.badBoxes.filter { $0.hasPrefix("Overfull \\hbox") }.isEmpty, "\(result.badBoxes)")
    }

    /// In JSON, each state formula names its operands as their own entries are named.
    @Test func jsonFormulasNameTheirOperands() throws {
        var options = OptimizerGoldenTests.adam
        options.updateBiases = true
        let trace = try Engine.run(.reference, options: options)
        let json = try JSONSerialization.jsonObject(with: Data(TraceJSONRenderer().render(trace).utf8))
        let object = try #require(json as? [String: Any])
        let terms = try #require(object["terms"] as? [[String: Any]])
        var checked = 0
        for term in terms where (term["role"] as? String).map({ $0.contains("Moment") }) ?? false {
            let formula = try #require(term["formula"] as? String)
            for operand in try #require(term["from"] as? [String]) {
                #expect(formula.contains(operand), "\(term["name"] ?? "?"): \(formula) lacks \(operand)")
                checked += 1
            }
        }
        #expect(checked == 10 * 10)
        let optimizer = try #require((object["options"] as? [String: Any])?["optimizer"] as? [String: Any])
        #expect(optimizer["name"] as? String == "adam")
        #expect((object["options"] as? [String: Any])?["tracedStep"] as? Int == 2)
    }
}
