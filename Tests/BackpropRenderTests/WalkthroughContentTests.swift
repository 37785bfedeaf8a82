import BackpropCore
import BackpropSupport
import BackpropRender
import Foundation
import Testing

/// Properties every walkthrough must have, whatever the network.
@Suite struct WalkthroughContentTests {
    static func published() throws -> (step: [String: String], artifacts: [String: String]) {
        let object = try JSONSerialization.jsonObject(with: Data(GoldenFile.fixture("published-values.json")))
        let root = try #require(object as? [String: Any])
        return (
            try #require(root["step"] as? [String: String]),
            try #require(root["roundingArtifacts"] as? [String: String])
        )
    }

    @Test(arguments: ["markdown", "text"])
    func everyPublishedNumberAppearsInTheDefaultOutput(format: String) throws {
        let trace = try Engine.run(.reference)
        let output = try WalkthroughGoldenTests.render(trace, format == "text" ? .text(ascii: false) : .markdown)
        let (step, artifacts) = try Self.published()
        for (name, printed) in step {
            let shown = NumberFormat.standard.string(try #require(trace[named: name]).value)
            // Tables and equations write a negative number with the minus sign, −.
            let signed = shown.hasPrefix("-") ? "−" + shown.dropFirst() : shown
            #expect(output.contains(shown) || output.contains(signed), "\(name): \(shown) not in the \(format) output")
            let decimals = printed.split(separator: ".").last?.count ?? 0
            let rounded = try #require(Double(shown))
            let matches = abs(rounded - Double(printed)!) <= pow(10, -Double(decimals)) / 2 * (1 + 1e-9)
            #expect(matches || artifacts[name] != nil, "\(name): shown \(shown), published \(printed)")
        }
    }

    @Test func textFitsEightyColumnsByDefaultAndHasNoEscapes() throws {
        let output = try WalkthroughGoldenTests.render(Engine.run(.reference), .text(ascii: false))
        for line in output.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= 80, "\(line.count) columns: \(line)")
        }
        #expect(!output.contains("\u{1B}") && !output.contains("\u{A0}"))
        let emphasised = try WalkthroughGoldenTests.render(
            Engine.run(.reference), .text(ascii: false), WalkthroughOptions(terminalEmphasis: true)
        )
        #expect(emphasised.contains("\u{1B}[1m== The forward pass\u{1B}[0m"))
    }

    @Test(arguments: [[2, 2, 2], [3, 4, 2], [2, 3, 3, 2], [1, 1], [2, 5, 4, 3, 1]])
    func anyShapeRendersWithoutBlankRunsOrLeftoverTags(layers: [Int]) throws {
        var random = SplitMix64(seed: UInt64(layers.reduce(0, +)))
        let count = Network.weightCount(for: layers) ?? 0
        let weights = (0..<count).map { _ in random.nextUnitDouble() - 0.5 }
        let biases = layers.dropFirst().map { _ in [random.nextUnitDouble()] }
        let example = Example(
            inputs: (0..<layers[0]).map { _ in random.nextUnitDouble() },
            targets: (0..<layers[layers.count - 1]).map { _ in random.nextUnitDouble() }
        )
        let network = try TrainingSetup(
            layerSizes: layers, weights: weights, biases: biases, biasSharing: .perLayer,
            activations: Array(repeating: .logistic, count: layers.count - 1),
            examples: [example], learningRate: 0.5
        )
        for style in [DocumentStyle.markdown, .text(ascii: true)] {
            for detail in WalkthroughOptions.Detail.allCases {
                let output = try WalkthroughGoldenTests.render(
                    Engine.run(network, options: TrainingOptions(updateBiases: true, steps: 20)), style,
                    WalkthroughOptions(detail: detail)
                )
                #expect(!output.contains("\n\n\n"), "three newlines in \(layers) \(detail)")
                #expect(!output.contains("{{") && !output.contains("{%"))
                #expect(output.hasSuffix("\n") && !output.hasSuffix("\n\n"))
                for weight in 1...count { #expect(output.contains("w\(weight)"), "w\(weight) missing") }
            }
        }
    }

    @Test func numberFormatRoundsAndNeverShowsNegativeZero() {
        let format = NumberFormat(digits: 4)
        #expect(format.string(0.593269992) == "0.5933")
        #expect(format.string(-0.00001) == "0")
        #expect(format.string(-0.0) == "0")
        #expect(format.string(0.15) == "0.15")
        #expect(format.string(2) == "2")
        #expect(format.string(-0.019049118) == "-0.019")
        #expect(format.string(.nan) == "nan")
        #expect(format.string(-.infinity) == "-inf")
        #expect(NumberFormat(digits: 0).string(2.5) == "2")
        #expect(NumberFormat.standard.string(0.000035085) == "0.000035085")
        #expect(format.string(-0.00005001) == "-0.0001")
        #expect(format.string(.infinity) == "inf")
        #expect(NumberFormat(digits: -3).digits == 0)
        #expect(NumberFormat(digits: 99).digits == 17)
        #expect(NumberFormat(digits: 9).string(1e-12) == "0")
    }
}

/// The fast rounding path agrees with the C library's exact rounding.
@Suite struct NumberFormatTests {
    @Test(arguments: [0, 1, 2, 4, 9, 12, 17])
    func shortestDigitsRoundLikeTheExactValue(digits: Int) {
        var random = SplitMix64(seed: UInt64(digits) + 99)
        let format = NumberFormat(digits: digits)
        for index in 0..<20_000 {
            let magnitude = pow(10, Double(random.nextInt(in: -12...12)))
            var value = (random.nextUnitDouble() - 0.5) * magnitude
            if index % 7 == 0 { value = Double(random.nextInt(in: -9_999...9_999)) / 1000 }
            if index % 11 == 0 { value = Double(random.nextInt(in: -99...99)) / 8 + 0.0625 }
            var expected = String(format: "%.\(digits)f", value)
            if expected.contains(".") {
                while expected.hasSuffix("0") { expected.removeLast() }
                if expected.hasSuffix(".") { expected.removeLast() }
            }
            if expected == "-0" { expected = "0" }
            #expect(format.string(value) == expected, "\(value) at \(digits) digits")
        }
    }
}
