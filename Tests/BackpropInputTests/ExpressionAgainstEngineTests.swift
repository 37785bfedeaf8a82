import BackpropCore
import BackpropInput
import Testing

/// The reference 2-2-2 network written as an expression, in the dense engine's order of
/// operations, agrees with the engine to the last bit.
@Suite struct ExpressionAgainstEngineTests {
    static let program = """
        net_h1 = w1*i1 + w2*i2 + b1
        net_h2 = w3*i1 + w4*i2 + b1
        out_h1 = sigmoid(net_h1)
        out_h2 = sigmoid(net_h2)
        net_o1 = w5*out_h1 + w6*out_h2 + b2
        net_o2 = w7*out_h1 + w8*out_h2 + b2
        out_o1 = sigmoid(net_o1)
        out_o2 = sigmoid(net_o2)
        d1 = t1 - out_o1
        d2 = t2 - out_o2
        E_total = 0.5 * d1 * d1 + 0.5 * d2 * d2
        """

    static let given: [(name: String, value: Double)] = [
        ("w1", 0.15), ("i1", 0.05), ("w2", 0.20), ("i2", 0.10), ("b1", 0.35), ("w3", 0.25), ("w4", 0.30),
        ("w5", 0.40), ("w6", 0.45), ("b2", 0.60), ("w7", 0.50), ("w8", 0.55), ("t1", 0.01), ("t2", 0.99),
    ]

    @Test func everyValueAndWeightGradientIsBitForBitTheEngines() throws {
        let expression = try ExpressionParser.trace(Array(Self.program.utf8), given: Self.given)
        let engine = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .original))
        for name in ["net_h1", "net_h2", "out_h1", "out_h2", "net_o1", "net_o2", "out_o1", "out_o2", "E_total"] {
            let node = try #require(expression.node(named: name))
            let term = try #require(engine[named: name], "the engine has no \(name)")
            #expect(expression.nodes[node].value.bitPattern == term.value.bitPattern, "\(name)")
        }
        for weight in 1...8 {
            let node = try #require(expression.node(named: "w\(weight)"))
            let term = try #require(engine[named: "dE_total/dw\(weight)"])
            #expect(expression.gradients[node].bitPattern == term.value.bitPattern, "w\(weight)")
        }
    }
}
