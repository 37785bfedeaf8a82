import BackpropCore
@testable import BackpropRender
import Foundation
import Testing

/// One minus sign, −, in tables and equations alike (ASCII's - under --ascii), and a negative
/// product in a sum subtracted rather than added in parentheses.
@Suite struct MinusSignTests {
    static func hyphenBeforeADigit(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { line in
            line.ranges(of: /[\s│|(]-\d/).isEmpty == false
        }
    }

    @Test func tablesAndEquationsShareTheMinusSign() throws {
        let trace = try Engine.run(.reference)
        let text = try WalkthroughGoldenTests.render(trace, .text(ascii: false))
        #expect(text.contains("│ o2     │ −0.217071535"))
        #expect(Self.hyphenBeforeADigit(text).isEmpty, "\(Self.hyphenBeforeADigit(text))")
        let markdown = try WalkthroughGoldenTests.render(trace, .markdown)
        #expect(markdown.contains("| o2 | −0.217071535 |"))
        let ascii = try WalkthroughGoldenTests.render(trace, .text(ascii: true))
        #expect(!ascii.contains("−"))
        #expect(ascii.contains("| o2     | -0.217071535"))
    }

    @Test func aNegativeProductInASumIsSubtracted() {
        let sum = MathExpression.sum([
            .product([.number("0.1"), .number("0.35")]), .product([.number("-0.2"), .number("0.9")]),
            .number("-0.019"), .product([.number("0.15"), .number("-0.04")]),
        ])
        #expect(LinearMathWriter.unicode.write(sum) == "0.1·0.35 − 0.2·0.9 + (−0.019) + 0.15·(−0.04)")
        #expect(LinearMathWriter.ascii.write(sum) == "0.1*0.35 - 0.2*0.9 + (-0.019) + 0.15*(-0.04)")
        #expect(LaTeXMathWriter().write(sum).contains("0.1 \\cdot 0.35 - 0.2 \\cdot 0.9 + "))
        #expect(!LinearMathWriter.unicode.write(sum).contains("(−0.2·0.9)"))
    }
}
