import BackpropCore
import Foundation
import Testing

/// Every ∂E_total/∂w and ∂E_total/∂b of random networks against central finite differences of
/// E_total, for every activation, several depths and both bias layouts.
@Suite struct GradientCheckTests {
    static let shapes: [[Int]] = [[2, 2, 2], [3, 4, 2], [2, 3, 3, 2], [1, 1], [4, 3, 2, 3, 1]]

    static let cases: [(shape: [Int], activation: Activation, sharing: BiasSharing)] =
        shapes.flatMap { shape in
            Activation.allCases.flatMap { activation in
                [BiasSharing.perLayer, .perNeuron].map { (shape, activation, $0) }
            }
        }

    @Test(arguments: 0..<cases.count)
    func gradientsMatchCentralDifferences(caseIndex: Int) throws {
        let (shape, activation, sharing) = Self.cases[caseIndex]
        var random = RandomNetworks(seed: UInt64(caseIndex) &* 7919 &+ 17)
        for _ in 0..<4 {
            let activations = (1..<shape.count).map { layer in
                // Mix activations across layers too: the last layer keeps the case's own.
                layer == shape.count - 1 ? activation : Activation.allCases[(layer + caseIndex) % 4]
            }
            let setup = try random.network(layers: shape, activations: activations, sharing: sharing)
            let network = setup.network
            let trace = try Engine.run(setup)
            if Self.nearAReluKink(trace) { continue }
            for (index, weight) in network.weights.enumerated() {
                let analytic = try #require(trace["dE_total/dw\(index + 1)"]).value
                let numeric = try Self.centralDifference(setup) { $0.network.weights[index] += $1 }
                #expect(Self.agree(analytic, numeric), "w\(index + 1) = \(weight) in \(shape) \(activations) \(sharing)")
            }
            for layer in 1..<shape.count {
                for slot in network.biases[layer - 1].indices {
                    let name = NeuronNames(network).bias(layer: layer, neuron: slot)
                    let analytic = try #require(trace["dE_total/d" + name]).value
                    let numeric = try Self.centralDifference(setup) { $0.network.biases[layer - 1][slot] += $1 }
                    #expect(Self.agree(analytic, numeric), "\(name) in \(shape) \(activations) \(sharing)")
                }
            }
        }
    }

    static func centralDifference(
        _ setup: TrainingSetup, perturb: (inout TrainingSetup, Double) -> Void
    ) throws -> Double {
        let step = 1e-6
        var plus = setup, minus = setup
        perturb(&plus, step)
        perturb(&minus, -step)
        let above = try #require(Engine.run(plus).totalError)
        let below = try #require(Engine.run(minus).totalError)
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
