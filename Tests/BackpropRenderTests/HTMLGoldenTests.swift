import BackpropCore
import BackpropRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// The HTML walkthrough of the reference network: byte for byte, well-formed, self-contained.
@Suite struct HTMLGoldenTests {
    static func render(_ network: TrainingSetup = .reference, bodyOnly: Bool = false) throws -> String {
        var renderer = WalkthroughRenderer(
            style: .html(bodyOnly: bodyOnly), options: WalkthroughOptions(),
            templates: try WalkthroughRenderer.templates(overriding: nil)
        )
        return try renderer.render(try Engine.run(network))
    }

    @Test func referenceMatchesTheGoldenFile() throws {
        try GoldenFile.check(try Self.render(), against: "reference.html")
    }

    /// Written as polyglot markup (void elements closed, numeric character references only), the
    /// page parses as XML: every element is closed and nested properly.
    @Test func pageIsWellFormed() throws {
        let page = try Self.render()
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        let parser = XMLParser(data: Data(page.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "") at line \(parser.lineNumber)")
    }

    @Test func pageLoadsNothingAndRunsNothing() throws {
        let page = try Self.render().lowercased()
        for forbidden in ["<script", "<link", "<img", "<iframe", "@import", "url(http", "src=", "href=\"http", "javascript:", " on"] where forbidden != " on" {
            #expect(!page.contains(forbidden), "\(forbidden)")
        }
        #expect(page.contains("<math display=\"block\">"))
        #expect(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(page.contains("@page"))
        #expect(page.contains("@media print"))
    }

    @Test func bodyOnlyIsTheMainElement() throws {
        let body = try Self.render(bodyOnly: true)
        #expect(!body.contains("<html"))
        #expect(!body.contains("<style>"))
        #expect(body.contains("<main class=\"backprop\">"))
    }

    @Test func mathMLWritesSymbolsFractionsAndSigns() {
        let writer = MathMLWriter()
        #expect(writer.write(.symbol(MathSymbol("w", subscript: "5", superscript: "+")))
            == "<msubsup><mi>w</mi><mn>5</mn><mo>+</mo></msubsup>")
        #expect(writer.write(.symbol(MathSymbol("net", subscript: "h1")))
            == "<msub><mi>net</mi><mrow><mi>h</mi><mn>1</mn></mrow></msub>")
        #expect(writer.write(.partial(MathSymbol("E", subscript: "total"), MathSymbol("w", subscript: "5")))
            == "<mfrac><mrow><mi>∂</mi><msub><mi>E</mi><mi>total</mi></msub></mrow><mrow><mi>∂</mi><msub><mi>w</mi><mn>5</mn></msub></mrow></mfrac>")
        #expect(writer.write(.product([.number("-0.5"), .number("2")]))
            == "<mrow><mrow><mo>−</mo><mn>0.5</mn></mrow><mo>·</mo><mn>2</mn></mrow>")
        #expect(writer.write(.text("a<b")) == "<mtext>a&lt;b</mtext>")
    }

    @Test func numberColumnsArePaddedToLineUpPoints() {
        let table = Table(columns: [.init("x", .decimal)], rows: [["0.25"], ["1"], ["-0.5"]])
        let text = HTMLTableWriter().write(table)
        #expect(text.contains("<td class=\"number\">0.25</td>"))
        #expect(text.contains("<td class=\"number\">1&#8200;&#8199;&#8199;</td>"))
        #expect(text.contains("<td class=\"number\">−0.5&#8199;</td>"))
    }
}
