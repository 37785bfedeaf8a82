import BackpropCore
import Foundation
import Testing

/// Settings beyond the reference, checked against numbers published by other tutorials and
/// against small cases worked out by hand, exactly.
@Suite struct PublishedTutorialTests {
    func value(_ trace: Trace, _ id: TermID) throws -> Double {
        try #require(trace[id], "no term \(id)").value
    }

    /// PostNetwork Academy, "Understanding Neural Networks: Softmax, Cross-Entropy, and
    /// Backpropagation": a 3-2-2 network, logistic hidden layer, softmax output, cross-entropy,
    /// one bias per layer. Its z⁽⁴⁾ (0.185) is a slip in that text: −0.1·0.426 + 0.2·0.5 + 0.1 is
    /// 0.157, so only the values before it are compared, and its gradient formula
    /// ∂L/∂w₇ = (ŷ₁ − y₁)·a⁽¹⁾ is checked against the traced chain rule.
    @Test func postNetworkSoftmaxCrossEntropy() throws {
        let setup = try TrainingSetup(
            layerSizes: [3, 2, 2], weights: [0.2, -0.3, 0.4, -0.5, 0.1, 0.2, 0.3, 0.4, -0.1, 0.2],
            biases: [[0.5], [0.1]], biasSharing: .perLayer, activations: [.logistic, .softmax],
            examples: [Example(inputs: [1, 2, -1], targets: [1, 0])], loss: .crossEntropy,
            learningRate: 0.1
        )
        let trace = try Engine.run(setup)
        #expect(abs(try value(trace, TermID(.netInput, layer: 1, neuron: 0)) - -0.3) < 1e-12)
        #expect(try value(trace, TermID(.netInput, layer: 1, neuron: 1)) == 0)
        #expect(abs(try value(trace, TermID(.output, layer: 1, neuron: 0)) - 0.426) < 0.0005)
        #expect(try value(trace, TermID(.output, layer: 1, neuron: 1)) == 0.5)
        #expect(abs(try value(trace, TermID(.netInput, layer: 2, neuron: 0)) - 0.428) < 0.0005)
        let out1 = try value(trace, TermID(.output, layer: 2, neuron: 0))
        let out2 = try value(trace, TermID(.output, layer: 2, neuron: 1))
        #expect(abs(out1 + out2 - 1) < 1e-15)
        let hidden1 = try value(trace, TermID(.output, layer: 1, neuron: 0))
        let w7 = try value(trace, TermID(.weightGradient, layer: 2, neuron: 0, weight: 6))
        #expect(abs(w7 - (out1 - 1) * hidden1) < 1e-15)
        #expect(abs(try value(trace, .totalError(layer: 2)) - -log(out1)) < 1e-15)
    }

    /// Two examples, no bias, a linear neuron, PyTorch's MSELoss averaged over the batch, worked
    /// by hand: w = 0.5, (x, t) = (1, 2) and (2, 3); outputs 0.5 and 1, losses 2.25 and 4, mean
    /// 3.125; gradients −2(t − wx)x = −3 and −8, mean −5.5; with η = 0.1, w⁺ = 1.05.
    @Test func twoExamplesWithoutBiasByHand() throws {
        let setup = try TrainingSetup(
            layerSizes: [1, 1], weights: [0.5], biases: [[]], biasSharing: .none, activations: [.linear],
            examples: [Example(inputs: [1], targets: [2]), Example(inputs: [2], targets: [3])],
            loss: .meanSquared, learningRate: 0.1
        )
        let trace = try Engine.run(setup)
        #expect(try value(trace, TermID(.totalError, layer: 1, example: 0)) == 2.25)
        #expect(try value(trace, TermID(.totalError, layer: 1, example: 1)) == 4)
        #expect(try value(trace, .totalError(layer: 1)) == 3.125)
        #expect(try value(trace, TermID(.weightGradient, layer: 1, neuron: 0, weight: 0, example: 0)) == -3)
        #expect(try value(trace, TermID(.weightGradient, layer: 1, neuron: 0, weight: 0, example: 1)) == -8)
        #expect(try value(trace, TermID(.weightGradient, layer: 1, neuron: 0, weight: 0)) == -5.5)
        #expect(abs(try value(trace, TermID(.updatedWeight, layer: 1, neuron: 0, weight: 0)) - 1.05) < 1e-15)
        let summed = try Engine.run(setup, options: TrainingOptions(reduction: .sum))
        #expect(try value(summed, .totalError(layer: 1)) == 6.25)
        #expect(try value(summed, TermID(.weightGradient, layer: 1, neuron: 0, weight: 0)) == -11)
    }

    /// One logistic neuron with binary cross-entropy, by hand: w = 0, x = 1, t = 1, so out = ½,
    /// E = ln 2, and δ = out − t = −½ however it is computed.
    @Test func logisticWithBinaryCrossEntropyByHand() throws {
        let setup = try TrainingSetup(
            layerSizes: [1, 1], weights: [0], biases: [[]], biasSharing: .none, activations: [.logistic],
            examples: [Example(inputs: [1], targets: [1])], loss: .binaryCrossEntropy, learningRate: 1
        )
        let trace = try Engine.run(setup)
        #expect(try value(trace, TermID(.output, layer: 1, neuron: 0)) == 0.5)
        #expect(abs(try value(trace, .totalError(layer: 1)) - 0.693147180559945) < 1e-15)
        #expect(try value(trace, TermID(.delta, layer: 1, neuron: 0)) == -0.5)
        #expect(try value(trace, TermID(.updatedWeight, layer: 1, neuron: 0, weight: 0)) == 0.5)
    }

    /// "Softmax and Cross-Entropy" (portfolio-neural.pages.dev, C6): logits [2.0, 1.0, 0.1] give
    /// the probabilities [0.659, 0.242, 0.099] and, for the first class, a loss of 0.42. The
    /// logits are made by a bias-free 1-3 layer fed the input 1.
    @Test func threeClassSoftmaxFromLogits() throws {
        let setup = try TrainingSetup(
            layerSizes: [1, 3], weights: [2.0, 1.0, 0.1], biases: [[]], biasSharing: .none,
            activations: [.softmax], examples: [Example(inputs: [1], targets: [1, 0, 0])],
            loss: .crossEntropy, learningRate: 1
        )
        let trace = try Engine.run(setup)
        for (neuron, published) in [0.659, 0.242, 0.099].enumerated() {
            #expect(abs(try value(trace, TermID(.output, layer: 1, neuron: neuron)) - published) < 0.0005)
            let delta = try value(trace, TermID(.delta, layer: 1, neuron: neuron))
            #expect(abs(delta - (published - (neuron == 0 ? 1 : 0))) < 0.0005)
        }
        #expect(abs(try value(trace, .totalError(layer: 1)) - 0.42) < 0.005)
    }

    /// Logistic regression on the AND gate (surnamnarendra.github.io, "Fundamentals of Machine
    /// Learning", lecture 16b): w = 0, b = 0, η = 0.5, the binary cross-entropy summed over the
    /// four rows, ∇w = Xᵀ(p − y) and ∂b = Σ(p − y). Every p is ½, so the first step leaves
    /// w at 0 and moves b to −0.5.
    @Test func andGateLogisticRegression() throws {
        let rows: [([Double], Double)] = [([0, 0], 0), ([0, 1], 0), ([1, 0], 0), ([1, 1], 1)]
        let setup = try TrainingSetup(
            layerSizes: [2, 1], weights: [0, 0], biases: [[0]], biasSharing: .perLayer,
            activations: [.logistic], examples: rows.map { Example(inputs: $0.0, targets: [$0.1]) },
            loss: .binaryCrossEntropy, learningRate: 0.5
        )
        let trace = try Engine.run(setup, options: TrainingOptions(updateBiases: true, reduction: .sum))
        #expect(abs(try value(trace, .totalError(layer: 1)) - 4 * log(2)) < 1e-14)
        #expect(try value(trace, TermID(.updatedWeight, layer: 1, neuron: 0, weight: 0)) == 0)
        #expect(try value(trace, TermID(.updatedWeight, layer: 1, neuron: 0, weight: 1)) == 0)
        #expect(try value(trace, TermID(.updatedBias, layer: 1)) == -0.5)
    }
}
