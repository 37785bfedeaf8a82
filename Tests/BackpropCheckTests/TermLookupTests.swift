import BackpropCheck
import BackpropCore
import Testing

/// The names students write, matched to the canonical terms.
@Suite struct TermLookupTests {
    let trace = Sheets.reference
    var lookup: TermLookup {
        TermLookup(trace: trace, optional: [(TermID(.updatedBias, layer: 1, neuron: nil), .updateBiases)])
    }

    @Test(arguments: [
        ("out_h1", "out_h1"), ("OUT_H1", "out_h1"), ("out h1", "out_h1"), ("outh1", "out_h1"),
        ("dE_total/dw5", "dE_total/dw5"), ("∂E_total/∂w5", "dE_total/dw5"),
        ("dEtotal/dw5", "dE_total/dw5"), ("∂E/∂w5", "dE_total/dw5"), ("∂E_total / ∂w5", "dE_total/dw5"),
        ("δ_o1", "delta_o1"), ("δo1", "delta_o1"), ("Δ_o1", "delta_o1"), ("delta o1", "delta_o1"),
        ("dE_total/dnet_o1", "delta_o1"), ("∂E_total/∂net_o1", "delta_o1"),
        ("∂E_o1/∂net_o1", "dE_o1/dnet_o1"), ("∂out_o1/∂net_o1", "dout_o1/dnet_o1"),
        ("w5+", "w5+"), ("w5⁺", "w5+"), ("w5_new", "w5+"), ("w5new", "w5+"), ("w5'", "w5+"),
        ("w5^+", "w5+"), ("w₅⁺", "w5+"), ("E_total", "E_total"), ("Etotal", "E_total"),
        ("E", "E_total"), ("E_o1", "E_o1"), ("η", "eta"), ("learning rate", "eta"),
        ("`net_h1`", "net_h1"),
        ("∂E_{total}/∂w_5", "dE_total/dw5"), ("\\partial E_{total}/\\partial w_5", "dE_total/dw5"),
        ("δ_{o1}", "delta_o1"), ("$\\delta_{o1}$", "delta_o1"), ("out_{h1}", "out_h1"),
        ("w5*", "w5+"), ("new w5", "w5+"), ("New W5", "w5+"),
    ])
    func acceptsTheFormsPeopleWrite(written: String, canonical: String) {
        #expect(resolve(written) == .term(trace.index(named: canonical) ?? -1))
    }

    @Test func updatedAndGivenWeightStayApart() {
        #expect(resolve("w5") != resolve("w5+"))
    }

    /// A suggestion is made only when one term is close: a typo, or two letters swapped.
    @Test(arguments: [
        ("otu_h1", "out_h1"), ("ouy_h1", "out_h1"), ("dE_totl/dw5", "dE_total/dw5"),
        ("delta_o11", "delta_o1"), ("Etotl", "E_total"),
    ])
    func closeNamesGetASuggestion(written: String, suggestion: String) {
        #expect(resolve(written) == .unknown(suggestion: suggestion))
    }

    @Test(arguments: ["velocity", "xy", "w9", "dE_total/dw9", "dE/dw9", "net_h3", "o1", "answer"])
    func farOrAmbiguousNamesGetNone(written: String) {
        #expect(resolve(written) == .unknown(suggestion: nil))
    }

    @Test func suggestionsStopWhenTheirBudgetIsSpent() {
        var budget = 10
        #expect(lookup.resolve("otu_h1", suggestionBudget: &budget) == .unknown(suggestion: nil))
        #expect(budget == 10)
    }

    func resolve(_ name: String) -> NameResolution {
        var budget = TermLookup.suggestionBudget
        return lookup.resolve(name, suggestionBudget: &budget)
    }

    @Test func termsOfOtherOptionsAreNotAsked() {
        #expect(resolve("b1⁺") == .notAsked(name: "b1+", option: .updateBiases))
    }

    @Test func deepNetworksKeepTheirNamesApart() throws {
        // 12 hidden layers of 12: h1_12 and h11_2 must not be confused, nor must any two terms.
        let sizes = [2] + Array(repeating: 12, count: 12) + [2]
        let count = try #require(Network.weightCount(for: sizes))
        let network = try TrainingSetup(
            layerSizes: sizes, weights: Array(repeating: 0.1, count: count),
            biases: sizes.dropFirst().map { Array(repeating: 0.1, count: $0) },
            biasSharing: .perNeuron, activations: Array(repeating: .logistic, count: sizes.count - 1),
            examples: [Example(inputs: [0.1, 0.2], targets: [0.3, 0.4])], learningRate: 0.5
        )
        let deep = try Engine.run(network)
        let lookup = TermLookup(trace: deep)
        var budget = 0
        for (index, term) in deep.terms.enumerated() {
            let name = deep.name(of: term)
            #expect(lookup.resolve(name, suggestionBudget: &budget) == .term(index))
            #expect(lookup.resolve(name.uppercased(), suggestionBudget: &budget) == .term(index))
        }
        #expect(lookup.resolve("out h1_12", suggestionBudget: &budget) == .term(deep.index(named: "out_h1_12") ?? -1))
        #expect(lookup.resolve("δ_h11_2", suggestionBudget: &budget) == .term(deep.index(named: "delta_h11_2") ?? -1))
    }
}
