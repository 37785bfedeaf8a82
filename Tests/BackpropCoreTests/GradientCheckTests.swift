import BackpropCore
import Foundation
import Testing

/// Every ∂E_total/∂w and ∂E_total/∂b of random networks against central finite differences of
/// E_total: every loss with every output activation it allows, every bias layout, both
/// reductions, one example and a batch, several depths, with hidden activations mixed.
@Suite struct GradientCheckTests {
    static let elementwise: [Activation] = [.logistic, .tanh, .relu, .linear]
    static let shapes: [[Int]] = [[2, 2, 2], [3, 4, 2], [2, 3, 3, 2], [1, 1], [4, 3, 2, 3, 1]]

    /// The original 40 cases (shape × elementwise activation × shared or own biases), used by
    /// ``EngineConsistencyTests`` too.
    static let cases: [(shape: [Int], activation: Activation, sharing: BiasSharing)] =
        shapes.flatMap { shape in
            elementwise.flatMap { activation in
                [BiasSharing.perLayer, .perNeuron].map { (shape, activation, $0) }
            }
        }

    struct LossCase: CustomTestStringConvertible, Sendable {
        let loss: Loss
        let output: Activation
        let sharing: BiasSharing
        let reduction: Reduction
        let examples: Int
        var testDescription: String {
            "\(loss.rawValue), \(output.rawValue) outputs, biases \(sharing.rawValue), \(reduction.rawValue) of \(examples)"
        }
    }

    /// Every loss × every output activation it allows × bias layout × reduction × one or three
    /// examples.
    static let lossCases: [LossCase] = Loss.allCases.flatMap { loss in
        let outputs = loss.requiredOutputActivation.map { [$0] } ?? Activation.allCases
        return outputs.flatMap { output in
            [BiasSharing.perLayer, .perNeuron, .none].flatMap { sharing in
                Reduction.allCases.flatMap { reduction in
                    [1, 3].map { LossCase(loss: loss, output: output, sharing: sharing, reduction: reduction, examples: $0) }
                }
            }
        }
    }

    @Test(arguments: 0..<cases.count)
    func gradientsMatchCentralDifferences(caseIndex: Int) throws {
        let (shape, activation, sharing) = Self.cases[caseIndex]
        var random = RandomNetworks(seed: UInt64(caseIndex) &* 7919 &+ 17)
        for _ in 0..<4 {
            let activations = (1..<shape.count).map { layer in
                // Mix activations across layers too: the last layer keeps the case's own.
                layer == shape.count - 1 ? activation : Self.elementwise[(layer + caseIndex) % 4]
            }
            let setup = try random.network(layers: shape, activations: activations, sharing: sharing)
            try Self.expectGradientsMatch(setup, options: TrainingOptions())
        }
    }

    @Test(arguments: lossCases)
    func everyLossActivationAndReductionMatchesCentralDifferences(_ lossCase: LossCase) throws {
        var random = RandomNetworks(seed: UInt64(lossCase.testDescription.utf8.reduce(5381) { $0 &* 33 &+ UInt64($1) }))
        for shape in [[2, 3, 3], [3, 2, 4, 2]] {
            let activations = (1..<shape.count).map { layer in
                layer == shape.count - 1 ? lossCase.output : Self.elementwise[layer % 4]
            }
            let setup = try random.network(
                layers: shape, activations: activations, sharing: lossCase.sharing,
                loss: lossCase.loss, examples: lossCase.examples
            )
            try Self.expectGradientsMatch(setup, options: TrainingOptions(reduction: lossCase.reduction))
        }
    }

    static func expectGradientsMatch(_ setup: TrainingSetup, options: TrainingOptions) throws {
        let network = setup.network
        let trace = try Engine.run(setup, options: options)
        if nearAReluKink(trace) { return }
        for (index, weight) in network.weights.enumerated() {
            let analytic = try #require(trace["dE_total/dw\(index + 1)"]).value
            let numeric = try centralDifference(setup, options) { $0.network.weights[index] += $1 }
            #expect(agree(analytic, numeric), "w\(index + 1) = \(weight) in \(network.layerSizes) \(network.activations) \(setup.loss)")
        }
        for layer in 1..<network.layerCount {
            for slot in network.biases[layer - 1].indices {
                let name = NeuronNames(network).bias(layer: layer, neuron: slot)
                let analytic = try #require(trace["dE_total/d" + name]).value
                let numeric = try centralDifference(setup, options) { $0.network.biases[layer - 1][slot] += $1 }
                #expect(agree(analytic, numeric), "\(name) in \(network.layerSizes) \(network.activations) \(setup.loss)")
            }
        }
    }

    static func centralDifference(
        _ setup: TrainingSetup, _ options: TrainingOptions, perturb: (inout TrainingSetup, Double) -> Void
    ) throws -> Double {
        let step = 1e-6
        var plus = setup, minus = setup
        perturb(&plus, step)
        perturb(&minus, -step)
        let above = try #require(Engine.run(plus, options: options).totalError)
        let below = try #require(Engine.run(minus, options: options).totalError)
        return (above - below) / (2 * step)
    }

    static func agree(_ analytic: Double, _ numeric: Double) -> Bool {
        abs(analytic - numeric) <= 1e-7 + 1e-5 * abs(analytic)
    }

    /// A relu whose net input is within a finite-difference step of 0 has no derivative there.
    static func nearAReluKink(_ trace: Trace) -> Bool {
        trace.terms.contains { term in
            term.kind == .netInput && trace.network.activations[term.layer - 1] == .relu
                && abs(term.value) < 1e-3
        }
    }
}
