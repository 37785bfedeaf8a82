import BackpropCore
import BackpropRender
import BackpropSupport
import Foundation
import Testing

/// Every equation a walkthrough writes with numbers is true as written: evaluating its right
/// side from the numbers shown, by an evaluator independent of the engine, and rounding to the
/// decimals asked for gives the value shown. (`--digits 1` used to print
/// 0.1·0.1 + 0.2·0.1 + 0.3·1 = 0.4.)
@Suite struct ReproducibleEquationTests {
    static func setups() throws -> [TrainingSetup] {
        var random = SplitMix64(seed: 12)
        let shapes = [[2, 2, 2], [2, 3, 1], [3, 4, 2], [2, 3, 3, 2]]
        var setups: [TrainingSetup] = [.reference]
        for (index, shape) in shapes.enumerated() {
            let activations: [Activation] = [.logistic, .tanh, .relu, .linear]
            setups.append(try TrainingSetup(
                layerSizes: shape,
                weights: (0..<(Network.weightCount(for: shape) ?? 0)).map { _ in random.nextUnitDouble() - 0.4 },
                biases: shape.dropFirst().map { _ in [random.nextUnitDouble()] }, biasSharing: .perLayer,
                activations: (1..<shape.count).map { activations[($0 + index) % activations.count] },
                examples: [Example(
                    inputs: (0..<shape[0]).map { _ in random.nextUnitDouble() },
                    targets: (0..<shape[shape.count - 1]).map { _ in random.nextUnitDouble() }
                )],
                learningRate: 0.5
            ))
        }
        return setups
    }

    @Test(arguments: [0, 1, 2, 4, 9])
    func everySubstitutedFormulaGivesItsValueAsShown(digits: Int) throws {
        let numbers = NumberFormat(digits: digits)
        for setup in try Self.setups() {
            let trace = try Engine.run(setup, options: TrainingOptions(updateBiases: true))
            let formulas = FormulaText(trace: trace, numbers: numbers)
            for term in trace.terms where term.formula != .given {
                let written = formulas.substituted(term)
                var evaluator = Evaluator(text: written)
                let value = try #require(try? evaluator.expression(), "\(written)")
                #expect(evaluator.atEnd, "\(written)")
                #expect(
                    numbers.string(value) == numbers.string(term.value),
                    "\(trace.name(of: term)) = \(written) = \(numbers.string(value)), shown \(numbers.string(term.value))"
                )
            }
        }
    }

    @Test func theDigitsOneCaseFromTheIssueIsGone() throws {
        let output = try WalkthroughGoldenTests.render(
            Engine.run(.reference), .text(ascii: false), WalkthroughOptions(numbers: NumberFormat(digits: 1))
        )
        #expect(!output.contains("0.1·0.1 + 0.2·0.1 + 0.3·1"))
        #expect(output.contains("0.15·0.05 + 0.2·0.1 + 0.35·1 = 0.4"))
        #expect(output.contains("│ w1        │ 0.15  │"), "the givens table shows w1 as given")
    }

    /// Arithmetic on the ASCII formulas: + - * / ^, unary minus, parentheses, exp, tanh, max,
    /// step. Written for this test, sharing nothing with the engine.
    struct Evaluator {
        let characters: [Character]
        var position = 0

        init(text: String) { characters = Array(text.filter { $0 != " " }) }

        var atEnd: Bool { position == characters.count }

        struct Failure: Error {}

        mutating func expression() throws -> Double {
            var value = try term()
            while position < characters.count, "+-".contains(characters[position]) {
                let sign = characters[position]
                position += 1
                let right = try term()
                value = sign == "+" ? value + right : value - right
            }
            return value
        }

        mutating func term() throws -> Double {
            var value = try power()
            while position < characters.count, "*/".contains(characters[position]) {
                let sign = characters[position]
                position += 1
                let right = try power()
                value = sign == "*" ? value * right : value / right
            }
            return value
        }

        mutating func power() throws -> Double {
            let base = try unary()
            guard position < characters.count, characters[position] == "^" else { return base }
            position += 1
            return Foundation.pow(base, try unary())
        }

        mutating func unary() throws -> Double {
            if position < characters.count, characters[position] == "-" {
                position += 1
                return -(try unary())
            }
            return try atom()
        }

        mutating func atom() throws -> Double {
            guard position < characters.count else { throw Failure() }
            if characters[position] == "(" {
                position += 1
                let value = try expression()
                try expect(")")
                return value
            }
            if characters[position].isLetter {
                var name = ""
                while position < characters.count, characters[position].isLetter {
                    name.append(characters[position])
                    position += 1
                }
                try expect("(")
                var arguments = [try expression()]
                while position < characters.count, characters[position] == "," {
                    position += 1
                    arguments.append(try expression())
                }
                try expect(")")
                switch name {
                case "exp": return Foundation.exp(arguments[0])
                case "tanh": return Foundation.tanh(arguments[0])
                case "max": return arguments.max() ?? .nan
                case "step": return arguments[0] > 0 ? 1 : 0
                default: throw Failure()
                }
            }
            var number = ""
            while position < characters.count, characters[position].isNumber || ".e".contains(characters[position]) {
                number.append(characters[position])
                position += 1
            }
            guard let value = Double(number) else { throw Failure() }
            return value
        }

        mutating func expect(_ character: Character) throws {
            guard position < characters.count, characters[position] == character else { throw Failure() }
            position += 1
        }
    }
}
