import BackpropCore
import BackpropInput
import Foundation
import Testing

/// The expressions micrograd's README and CS231n's notes work through, with their numbers.
@Suite struct ExpressionPublishedValuesTests {
    /// A program of `docs/examples/`.
    static func example(_ name: String) throws -> String {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appending(path: "docs/examples/\(name).expr")
        return try String(contentsOf: url, encoding: .utf8)
    }

    static var micrograd: String { get throws { try example("micrograd") } }

    static func trace(_ program: String, at given: [(name: String, value: Double)] = [], of output: String? = nil) throws -> ExpressionTrace {
        try ExpressionParser.trace(Array(program.utf8), given: given, output: output)
    }

    static func gradient(_ trace: ExpressionTrace, _ name: String) -> Double? {
        trace.node(named: name).map { trace.gradients[$0] }
    }

    @Test func microgradReadmeExample() throws {
        let trace = try Self.trace(try Self.micrograd)
        #expect(trace.names[trace.output] == "g_2")
        #expect(abs(trace.nodes[trace.output].value - 24.70408163265306) < 1e-12)
        #expect(abs((Self.gradient(trace, "a") ?? 0) - 138.83381924198252) < 1e-9)
        #expect(abs((Self.gradient(trace, "b") ?? 0) - 645.5772594752186) < 1e-9)
    }

    @Test func microgradExampleOnOneLineWithSemicolons() throws {
        let oneLine = try Self.micrograd.split(separator: "\n").filter { !$0.hasPrefix("#") }.joined(separator: "; ")
        let trace = try Self.trace(oneLine)
        #expect(abs(trace.nodes[trace.output].value - 24.70408163265306) < 1e-12)
    }

    @Test func cs231nSumTimesProduct() throws {
        let trace = try Self.trace("f = (x + y) * z", at: [("x", -2), ("y", 5), ("z", -4)])
        #expect(trace.nodes[trace.output].value == -12)
        #expect(Self.gradient(trace, "x") == -4)
        #expect(Self.gradient(trace, "y") == -4)
        #expect(Self.gradient(trace, "z") == 3)
    }

    @Test func cs231nSigmoidNeuron() throws {
        let trace = try Self.trace(try Self.example("cs231n-neuron"))
        let expected: [(String, Double)] = [
            ("x0", 0.3932), ("x1", -0.5898), ("w0", -0.1966), ("w1", -0.3932), ("w2", 0.1966),
        ]
        for (name, value) in expected {
            let gradient = try #require(Self.gradient(trace, name))
            #expect(abs(gradient - value) < 0.00005, "\(name): \(gradient)")
        }
    }

    @Test func cs231nSigmoidGateByGateAgreesWithTheSigmoidNode() throws {
        let given: [(name: String, value: Double)] = [("w0", 2), ("x0", -1), ("w1", -3), ("x1", -2), ("w2", -3)]
        let whole = try Self.trace("f = logistic(w0*x0 + w1*x1 + w2)", at: given)
        let gates = try Self.trace("z = w0*x0 + w1*x1 + w2; f = 1 / (1 + exp(-z))", at: given)
        for name in ["x0", "x1", "w0", "w1", "w2"] {
            let a = try #require(Self.gradient(whole, name)), b = try #require(Self.gradient(gates, name))
            #expect(abs(a - b) < 1e-12)
        }
    }

    @Test func aFanOutAddsEveryPath() throws {
        let trace = try Self.trace("y = b * b + b", at: [("b", 3)])
        let b = try #require(trace.node(named: "b"))
        #expect(trace.uses[b].count == 3)
        #expect(trace.gradients[b] == 7)
    }

    @Test func theOutputIsTheNameGivenWithOf() throws {
        let trace = try Self.trace("c = a * 2; d = c + 1", at: [("a", 5)], of: "c")
        #expect(trace.nodes[trace.output].value == 10)
        #expect(trace.nodes.count == 3)
    }

    @Test func aGradientStepMovesAgainstTheGradient() throws {
        let trace = try Self.trace("f = (x + y) * z", at: [("x", -2), ("y", 5), ("z", -4)])
        let step = trace.step([try #require(trace.node(named: "z"))], learningRate: 0.1)
        #expect(step.first?.updated == -4 - 0.1 * 3)
    }
}
