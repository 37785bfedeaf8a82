import BackpropCore
import BackpropRender
import Testing

/// The text format fits the width it is given: prose wraps, equations break, tables narrow or
/// split, and no number is ever cut.
@Suite struct TextWidthTests {
    static func setups() throws -> [(name: String, setup: TrainingSetup)] {
        try ASCIIOutputTests.setups() + [
            ("3-8-2", try TrainingSetup(
                layerSizes: [3, 8, 2], weights: (0..<40).map { Double($0) / 50 - 0.4 },
                biases: [[0.1], [-0.2]], biasSharing: .perLayer, activations: [.logistic, .logistic],
                examples: [Example(inputs: [0.3, 0.5, 0.9], targets: [0.2, 0.7])], learningRate: 0.5
            )),
        ]
    }

    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    @Test(arguments: [60, 80, 100])
    func everyLineFitsTheWidth(width: Int) throws {
        for (name, setup) in try Self.setups() {
            for ascii in [false, true] {
                let trace = try Engine.run(setup, options: TrainingOptions(updateBiases: true, steps: 20))
                let output = try WalkthroughGoldenTests.render(
                    trace, .text(ascii: ascii, width: width), WalkthroughOptions(detail: .all)
                )
                for line in Self.lines(output) {
                    #expect(line.count <= width, "\(name) at \(width): \(line.count) columns: \(line)")
                }
                // Every computed value is still there, whole (tables write −0.1 as -0.1).
                let formulas = FormulaExpression(trace: trace, numbers: .standard)
                for term in trace.terms where term.section != .given {
                    let digits = formulas.text(term).replacingOccurrences(of: "-", with: "")
                    #expect(output.contains(digits), "\(name): \(term.value)")
                }
            }
        }
    }

    @Test func widthsOutsideTheLimitsAreBroughtIn() {
        #expect(TextLayout.width(columns: 10) == 40)
        #expect(TextLayout.width(columns: 72) == 72)
        #expect(TextLayout.width(columns: 300) == 100)
    }

    @Test func aWideTableSplitsIntoGroupsThatRepeatTheFirstColumn() {
        var table = Table(columns: [.init("weight")] + (1...6).map { .init("column \($0)", .decimal) })
        table.rows = [["w1"] + (1...6).map { "0.12345678\($0)" }, ["w2"] + (1...6).map { "-1.5\($0)" }]
        let text = TextTableWriter(ascii: true, width: 50).write(table)
        let groups = text.components(separatedBy: "\n\n")
        #expect(groups.count == 3)
        for group in groups {
            #expect(group.contains("| weight") && group.contains("| w1") && group.contains("| w2"))
            for line in Self.lines(group) { #expect(line.count <= 50, "\(line)") }
        }
        for column in 1...6 {
            #expect(text.contains("0.12345678\(column)") && text.contains("-1.5\(column)"))
            #expect(text.components(separatedBy: "column \(column) ").count == 2, "column \(column) once")
        }
    }

    @Test func aTextColumnWrapsItsWordsBeforeTheTableSplits() {
        var table = Table(columns: [.init("quantity"), .init("value", .decimal), .init("meaning")])
        table.rows = [["b1", "0.35", "bias shared by the hidden layer"], ["w1", "-0.15", "weight i1 → h1"]]
        let text = TextTableWriter(ascii: false, width: 40).write(table)
        #expect(!text.contains("\n\n"), "one table")
        for line in Self.lines(text) { #expect(line.count <= 40, "\(line)") }
        #expect(text.contains("│ b1       │  0.35 │ bias shared by    │"))
        #expect(text.contains("│          │       │ the hidden layer  │"))
        #expect(text.contains("│ w1       │ −0.15 │ weight i1 → h1    │"), "the equations' minus sign")
    }

    @Test func aFormulaInAParagraphIsNeverBrokenAcrossLines() throws {
        let output = try WalkthroughGoldenTests.render(Engine.run(.reference), .text(ascii: false, width: 60))
        #expect(output.contains("½(target − out)²") && output.contains("−(target − out)"))
        #expect(output.contains("δ_o1 = ∂E_total/∂net_o1"))
    }

    @Test func longEquationsBreakAtTheirEqualsSignsAndLongSumsAtTheirPlusSigns() throws {
        let inputs = (1...12).map { Double($0) / 20 }
        let setup = try TrainingSetup(
            layerSizes: [12, 1, 1], weights: (0..<13).map { Double($0) / 40 - 0.1 },
            biases: [[0.2], [0.3]], biasSharing: .perLayer, activations: [.logistic, .logistic],
            examples: [Example(inputs: inputs, targets: [0.4])], learningRate: 0.5
        )
        let output = try WalkthroughGoldenTests.render(Engine.run(setup), .text(ascii: false, width: 60))
        let lines = Self.lines(output)
        let first = try #require(lines.firstIndex { $0.hasPrefix("    net_h1 = w1·i1 + ") })
        #expect(lines[first + 1].hasPrefix("           + "), "the sum continues under the =: \(lines[first + 1])")
        #expect(lines[first...].contains { $0.hasPrefix("           = ") })
        for line in lines { #expect(line.count <= 60, "\(line)") }
    }
}
