import BackpropCore
import BackpropInput
import BackpropSupport
import Testing

/// Gradients of seeded random programs against central differences: every operation and
/// function, and values used several times (fan-out).
@Suite struct ExpressionFiniteDifferenceTests {
    /// A program on the inputs x0…x3: each line applies the next operation (in turn, so each
    /// occurs) to earlier variables drawn at random, so most are used more than once. Operands
    /// that would leave a function's domain are first made positive as v·v + 1.
    static func program(seed: UInt64, lines: Int = 24) -> String {
        var random = SplitMix64(seed: seed)
        var names = ["x0", "x1", "x2", "x3"]
        var text: [String] = []
        var line = 0
        func pick() -> String { line < 4 ? "x\(line)" : names[Int(random.next() % UInt64(names.count))] }
        let forms: [(String, String) -> String] = [
            { "\($0) + \($1)" }, { "\($0) - \($1)" }, { "\($0) * \($1)" }, { "\($0) / (\($1) * \($1) + 1)" },
            { a, _ in "-\(a)" }, { a, _ in "\(a) ** 3" }, { a, _ in "(\(a) * \(a) + 1) ** -0.5" },
            { a, _ in "exp(tanh(\(a)))" }, { a, _ in "log(\(a) * \(a) + 1)" }, { a, _ in "tanh(\(a))" },
            { a, _ in "sigmoid(\(a))" }, { a, _ in "(\(a) + 0.3).relu()" }, { a, _ in "sin(\(a))" },
            { a, _ in "cos(\(a))" }, { a, _ in "sqrt(\(a) * \(a) + 0.5)" }, { a, b in "tanh(\(a) * \(b))" },
        ]
        for _ in 0..<lines {
            defer { line += 1 }
            let name = "v\(line)"
            text.append("\(name) = " + forms[line % forms.count](pick(), pick()))
            if line % 5 == 4 { text.append("\(name) += \(pick())") }
            names.append(name)
        }
        text.append("out = " + names.dropFirst(4).joined(separator: " + "))
        return text.joined(separator: "\n")
    }

    static func inputs(seed: UInt64) -> [(name: String, value: Double)] {
        var random = SplitMix64(seed: seed ^ 0x5eed)
        return (0..<4).map { ("x\($0)", Double(random.next() % 2000) / 1000 - 1) }
    }

    @Test(arguments: 1...12 as ClosedRange<UInt64>)
    func gradientsMatchCentralDifferences(seed: UInt64) throws {
        let program = Array(Self.program(seed: seed).utf8)
        let given = Self.inputs(seed: seed)
        let trace = try ExpressionParser.trace(program, given: given)
        let h = 1e-6
        for (index, input) in given.enumerated() {
            func output(_ shift: Double) throws -> Double {
                var moved = given
                moved[index].value += shift
                let shifted = try ExpressionParser.trace(program, given: moved)
                return shifted.nodes[shifted.output].value
            }
            let numerical = (try output(h) - output(-h)) / (2 * h)
            let node = try #require(trace.node(named: input.name))
            let analytic = trace.gradients[node]
            #expect(abs(analytic - numerical) <= 1e-5 * max(1, abs(analytic)), "seed \(seed) \(input.name): \(analytic) vs \(numerical)")
        }
    }

    @Test func theProgramsCoverEveryOperationAndFanOut() throws {
        let trace = try ExpressionParser.trace(Array(Self.program(seed: 1).utf8), given: Self.inputs(seed: 1))
        let used = Set(trace.nodes.compactMap { $0.operation?.name })
        #expect(used == ["add", "subtract", "multiply", "divide", "negate", "power", "exp", "log", "tanh", "sigmoid", "relu", "sin", "cos", "sqrt"])
        #expect(trace.uses.contains { $0.count > 2 })
    }

    @Test func eachOperationsSlopeIsItsFormulasDerivative() {
        let operations: [any Operation] = MathFunction.allCases.map(\.operation)
            + [Add(), Subtract(), Multiply(), Divide(), Negate(), Power(exponent: 3), Power(exponent: -0.5)]
        for operation in operations {
            let operands = Array([0.7, 1.3].prefix(operation.arity))
            let value = operation.formula.evaluate(operands, result: .nan)
            for (position, slope) in operation.localDerivatives.enumerated() {
                let h = 1e-6
                var up = operands, down = operands
                up[position] += h
                down[position] -= h
                let numerical = (operation.formula.evaluate(up, result: .nan) - operation.formula.evaluate(down, result: .nan)) / (2 * h)
                #expect(abs(slope.evaluate(operands, result: value) - numerical) < 1e-6, "\(operation.name) ∂/∂operand \(position)")
            }
        }
    }
}
