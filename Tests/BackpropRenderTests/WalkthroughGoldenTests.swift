import BackpropCore
import BackpropInput
import BackpropRender
import Foundation
import Testing

/// The Markdown and text walkthroughs of fixed networks, byte for byte.
@Suite struct WalkthroughGoldenTests {
    static func render(
        _ trace: Trace, _ style: DocumentStyle, _ options: WalkthroughOptions = WalkthroughOptions()
    ) throws -> String {
        var renderer = WalkthroughRenderer(
            style: style, options: options, templates: try WalkthroughRenderer.templates(overriding: nil)
        )
        return try renderer.render(trace)
    }

    static func deepNetwork() throws -> TrainingSetup {
        try NetworkSpec.reference.overridden(
            by: NetworkFile.decode(GoldenFile.fixture("deep-2-3-3-2.json"), path: "deep-2-3-3-2.json")
        ).setup()
    }

    @Test func referenceMarkdown() throws {
        try GoldenFile.check(Self.render(Engine.run(.reference), .markdown), against: "reference.md")
    }

    @Test func referenceText() throws {
        try GoldenFile.check(Self.render(Engine.run(.reference), .text(ascii: false)), against: "reference.txt")
    }

    @Test func referenceUpdatedOrderingWithBiases() throws {
        let trace = try Engine.run(
            .reference, options: TrainingOptions(hiddenUses: .updated, updateBiases: true, steps: 10_000)
        )
        try GoldenFile.check(Self.render(trace, .markdown), against: "reference-updated-biases.md")
    }

    @Test func deepMarkdown() throws {
        try GoldenFile.check(Self.render(Engine.run(Self.deepNetwork()), .markdown), against: "deep.md")
    }

    @Test func deepText() throws {
        try GoldenFile.check(Self.render(Engine.run(Self.deepNetwork()), .text(ascii: false)), against: "deep.txt")
    }

    @Test func deepEverythingInAsciiAtFourDigits() throws {
        let options = WalkthroughOptions(detail: .all, numbers: NumberFormat(digits: 4))
        let trace = try Engine.run(Self.deepNetwork(), options: TrainingOptions(updateBiases: true, steps: 3))
        try GoldenFile.check(Self.render(trace, .text(ascii: true), options), against: "deep-all.txt")
    }
}
