import BackpropCore
import BackpropExercises
import BackpropRender
import Testing

/// `--ascii` means ASCII: every byte of the text walkthrough and problem sheet below 0x80.
@Suite struct ASCIIOutputTests {
    static func setups() throws -> [(name: String, setup: TrainingSetup)] {
        [
            ("reference", .reference),
            ("deep", try WalkthroughGoldenTests.deepNetwork()),
            ("1-9-2 tanh", try TrainingSetup(
                layerSizes: [1, 9, 2], weights: (0..<27).map { Double($0) / 30 - 0.4 }, biases: [[0.1], [-0.2]],
                biasSharing: .perLayer, activations: [.tanh, .logistic],
                examples: [Example(inputs: [0.3], targets: [0.2, 0.7])], learningRate: 0.5
            )),
        ]
    }

    @Test func everyByteIsASCII() throws {
        let templates = try WalkthroughRenderer.templates(overriding: nil)
        for (name, setup) in try Self.setups() {
            for detail in WalkthroughOptions.Detail.allCases {
                var renderer = WalkthroughRenderer(style: .text(ascii: true), options: WalkthroughOptions(detail: detail), templates: templates)
                let trace = try Engine.run(setup, options: TrainingOptions(hiddenUses: .updated, updateBiases: true, steps: 20))
                let text = try renderer.render(trace)
                let stray = text.unicodeScalars.filter { !$0.isASCII }
                #expect(stray.isEmpty, "\(name) \(detail): \(String(String.UnicodeScalarView(stray.prefix(20))))")
                #expect(text.contains("dE_total/dw1") && text.contains("eta"), "\(name)")
            }
        }
        let exercise = try ExerciseGenerator(seed: 3, layerSizes: [2, 3, 2]).exercises(count: 1)[0]
        var sheets = ExerciseSheetRenderer(style: .text(ascii: true), options: WalkthroughOptions(), templates: templates, rule: "to at least 3 significant figures")
        let problem = try sheets.problem(exercise, trace: Engine.run(exercise.setup), files: ExerciseFiles(number: 1, count: 1, extension: "txt"))
        #expect(!problem.unicodeScalars.contains { !$0.isASCII })
    }

    /// The optimizers' symbols are spelled out (mu, beta1, mhat, sqrt), none folded to `?`: the
    /// only question marks are the walkthrough's own questions, as many as without an optimizer.
    @Test(arguments: [Optimizer.momentum(0.9), .adam])
    func optimizerSymbolsAreSpelledOut(optimizer: Optimizer) throws {
        func render(_ options: TrainingOptions) throws -> String {
            var renderer = WalkthroughRenderer(
                style: .text(ascii: true), options: WalkthroughOptions(),
                templates: try WalkthroughRenderer.templates(overriding: nil)
            )
            return try renderer.render(Engine.run(.reference, options: options))
        }
        let text = try render(TrainingOptions(updateBiases: true, steps: 2, optimizer: optimizer, tracedStep: 2))
        let plain = try render(TrainingOptions(updateBiases: true))
        #expect(!text.unicodeScalars.contains { !$0.isASCII })
        #expect(text.filter { $0 == "?" }.count == plain.filter { $0 == "?" }.count)
        #expect(text.contains(optimizer == .adam ? "mhat_w5 = m_w5+/(1 - beta1^2)" : "v_w5+ = mu*v_w5 + dE_total/dw5"))
    }

    /// Without `--ascii` the text keeps its Unicode, and the ASCII tables stay lined up.
    @Test func asciiTablesStayAligned() throws {
        var renderer = WalkthroughRenderer(style: .text(ascii: true), options: WalkthroughOptions(), templates: try WalkthroughRenderer.templates(overriding: nil))
        let text = try renderer.render(Engine.run(.reference))
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| w") }
        #expect(rows.contains("| w1        | 0.15  | weight i1 -> h1                 |"))
        #expect(Set(rows.prefix(8).map(\.count)).count == 1)
        var unicode = WalkthroughRenderer(style: .text(ascii: false), options: WalkthroughOptions(), templates: try WalkthroughRenderer.templates(overriding: nil))
        let unicodeText = try unicode.render(Engine.run(.reference))
        #expect(unicodeText.contains("weight i1 → h1"))
    }
}
