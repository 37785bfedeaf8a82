import BackpropCore
import Foundation
import Testing

/// The computational graph: its nodes' values and gradients are the trace's, and the gradients
/// it computes itself agree with finite differences.
@Suite struct ComputationalGraphTests {
    @Test func theReferenceGraphHasANodePerValue() throws {
        let trace = try Engine.run(.reference)
        let graph = ComputationalGraph(trace: trace)
        // 2 inputs, 8 weights, 2 biases, 2 targets, 8 products, 4 nets, 4 outputs, 2 errors, E_total.
        #expect(graph.nodes.count == 33)
        #expect(graph.nodes.filter { $0.operation == .product }.count == 8)
        for (index, node) in graph.nodes.enumerated() {
            #expect(node.operands.allSatisfy { $0 < index }, "operands come first")
        }
        let total = try #require(graph.nodes.last)
        #expect(total.term == .totalError(layer: 2))
        #expect(total.gradient == 1)
    }

    @Test(arguments: [BiasSharing.perLayer, .perNeuron], [HiddenWeights.original, .updated])
    func gradientsOfNodesWithTermsAreTheTraces(sharing: BiasSharing, ordering: HiddenWeights) throws {
        var setup = TrainingSetup.reference
        if sharing == .perNeuron {
            setup = try TrainingSetup(
                network: Network(
                    layerSizes: [2, 2, 2], weights: setup.network.weights, biases: [[0.35, 0.3], [0.6, 0.55]],
                    biasSharing: .perNeuron, activations: [.logistic, .logistic]
                ),
                examples: setup.examples, learningRate: 0.5
            )
        }
        let trace = try Engine.run(setup, options: TrainingOptions(hiddenUses: ordering))
        let graph = ComputationalGraph(trace: trace)
        for node in graph.nodes {
            guard let id = node.term else {
                let weight = try #require(graph.nodes[node.operands[0]].term)
                #expect(weight.weight == node.weight)
                #expect(node.gradient == trace[TermID(.delta, layer: weight.layer, neuron: weight.neuron)]?.value)
                #expect(node.value == graph.nodes[node.operands[0]].value * graph.nodes[node.operands[1]].value)
                continue
            }
            #expect(node.value == trace[id]?.value)
            let expected: Double?
            switch id.kind {
            case .weight: expected = trace[TermID(.weightGradient, layer: id.layer, neuron: id.neuron, weight: id.weight)]?.value
            case .bias: expected = trace[TermID(.biasGradient, layer: id.layer, neuron: id.neuron)]?.value
            case .netInput: expected = trace[TermID(.delta, layer: id.layer, neuron: id.neuron)]?.value
            case .output:
                let kind: TermKind = id.layer == trace.outputLayer ? .errorSlope : .hiddenErrorSlope
                expected = trace[TermID(kind, layer: id.layer, neuron: id.neuron)]?.value
            case .outputError, .totalError: expected = 1
            case .target: expected = nil
            case .input: continue
            default: Issue.record("unexpected node \(trace.naming.name(id))"); continue
            }
            #expect(node.gradient == expected, "\(trace.naming.name(id))")
        }
    }

    /// ∂E_total/∂i, which the trace has no term for, against central differences.
    @Test func inputGradientsMatchCentralDifferences() throws {
        let setup = TrainingSetup.reference
        let graph = ComputationalGraph(trace: try Engine.run(setup))
        for input in 0..<2 {
            let node = try #require(graph.nodes.first { $0.term == .input(input) })
            func error(_ shift: Double) throws -> Double {
                var inputs = setup.inputs
                inputs[input] += shift
                return Engine.totalError(of: try TrainingSetup(
                    network: setup.network, examples: [Example(inputs: inputs, targets: setup.targets)],
                    learningRate: setup.learningRate
                ))
            }
            let estimate = try (error(1e-6) - error(-1e-6)) / 2e-6
            let gradient = try #require(node.gradient)
            #expect(abs(gradient - estimate) < 1e-9, "i\(input + 1): \(gradient) vs \(estimate)")
        }
    }
}
