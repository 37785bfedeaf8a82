import BackpropCore
import BackpropInput
import BackpropRender
import Foundation
import Testing

/// The walkthroughs of issue 10's settings (softmax with cross-entropy, binary cross-entropy,
/// several examples, no biases, rounding as by hand), byte for byte.
@Suite struct SettingsGoldenTests {
    static func setup(_ fixture: String) throws -> TrainingSetup {
        try NetworkSpec.reference.overridden(by: NetworkFile.decode(GoldenFile.fixture(fixture), path: fixture)).setup()
    }

    static func render(_ trace: Trace, _ style: DocumentStyle) throws -> String {
        try WalkthroughGoldenTests.render(trace, style)
    }

    @Test func softmaxBatchMarkdown() throws {
        let trace = try Engine.run(Self.setup("softmax-batch.json"))
        try GoldenFile.check(Self.render(trace, .markdown), against: "softmax-batch.md")
    }

    @Test func softmaxBatchHTML() throws {
        let trace = try Engine.run(Self.setup("softmax-batch.json"))
        try GoldenFile.check(Self.render(trace, .html()), against: "softmax-batch.html")
    }

    @Test func softmaxBatchLaTeX() throws {
        let trace = try Engine.run(Self.setup("softmax-batch.json"))
        try GoldenFile.check(Self.render(trace, .latex()), against: "softmax-batch.tex")
    }

    @Test func binaryCrossEntropySummedBatchesText() throws {
        let options = TrainingOptions(steps: 20, batchSize: 2, reduction: .sum)
        let trace = try Engine.run(Self.setup("bce-no-bias.json"), options: options)
        try GoldenFile.check(Self.render(trace, .text(ascii: false)), against: "bce-no-bias.txt")
    }

    @Test func meanSquaredRoundedByHandMarkdown() throws {
        let trace = try Engine.run(Self.setup("mean-squared.json"), options: TrainingOptions(roundingDecimals: 4))
        try GoldenFile.check(Self.render(trace, .markdown), against: "mean-squared-rounded.md")
    }
}

/// The LaTeX of every new setting compiles, with every weight derived, without overfull lines.
@Suite struct SettingsLaTeXTests {
    @Test(.enabled(if: LaTeXCompiler.isAvailable, "pdflatex is not installed"),
          arguments: ["softmax-batch.json", "bce-no-bias.json", "mean-squared.json"])
    func compiles(fixture: String) throws {
        let setup = try SettingsGoldenTests.setup(fixture)
        let trace = try Engine.run(setup, options: TrainingOptions(steps: 3, batchSize: 2, roundingDecimals: 6))
        let options = WalkthroughOptions(detail: .all)
        let result = try LaTeXCompiler.compile(try WalkthroughGoldenTests.render(trace, .latex(), options))
        #expect(result.status == 0)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.badBoxes.filter { $0.hasPrefix("Overfull \\hbox") }.isEmpty, "\(result.badBoxes)")
    }
}

/// In JSON, a formula names its operands exactly as their own entries are named, for terms of
/// every example and for the batch's.
@Suite struct SettingsJSONTests {
    @Test(arguments: ["softmax-batch.json", "bce-no-bias.json"])
    func formulasNameTheirOperands(fixture: String) throws {
        let trace = try Engine.run(SettingsGoldenTests.setup(fixture))
        let json = try JSONSerialization.jsonObject(with: Data(TraceJSONRenderer().render(trace).utf8))
        let terms = try #require((json as? [String: Any])?["terms"] as? [[String: Any]])
        var checked = 0
        for term in terms {
            guard let formula = term["formula"] as? String, let operands = term["from"] as? [String] else { continue }
            for operand in operands {
                #expect(formula.contains(operand), "\(term["name"] ?? "?"): \(formula) lacks \(operand)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }
}
