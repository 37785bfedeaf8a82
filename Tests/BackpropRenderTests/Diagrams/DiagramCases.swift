import BackpropCore
import BackpropRender

/// The networks the picture tests draw: every shape drawn neuron by neuron, with the widest
/// labels an exercise set prints, or longer ones.
enum DiagramCases {
    /// Every shape of 2 to 4 layers of 1 to 6 neurons with at most 24 weights: all the shapes
    /// below the size where the LaTeX and HTML pictures go layer by layer (565 of them).
    static let neuronLevelShapes: [[Int]] = {
        var shapes: [[Int]] = []
        func extend(_ shape: [Int]) {
            if shape.count >= 2, (Network.weightCount(for: shape) ?? .max) <= 24 { shapes.append(shape) }
            guard shape.count < 4 else { return }
            for size in 1...6 { extend(shape + [size]) }
        }
        for size in 1...6 { extend([size]) }
        return shapes
    }()

    /// A trace of a network of `layers` whose every weight and bias is `value` (or its negative
    /// for every other one), so that all labels are about as wide as `value`'s.
    static func trace(_ layers: [Int], sharing: BiasSharing, value: Double) throws -> Trace {
        let weightCount = Network.weightCount(for: layers) ?? 0
        let alternating = { (index: Int) in index % 2 == 0 ? -value : value }
        let setup = try TrainingSetup(
            layerSizes: layers,
            weights: (0..<weightCount).map(alternating),
            biases: layers.dropFirst().map { size in (0..<(sharing == .perLayer ? 1 : size)).map(alternating) },
            biasSharing: sharing,
            activations: Array(repeating: .logistic, count: layers.count - 1),
            examples: [Example(
                inputs: Array(repeating: 0.5, count: layers[0]),
                targets: Array(repeating: 0.5, count: layers[layers.count - 1])
            )],
            learningRate: 0.5
        )
        return try Engine.run(setup)
    }

    /// One trace per shape and bias sharing, with two-decimal values (`w24 = −0.35`).
    static func exerciseLike() throws -> [(name: String, trace: Trace)] {
        try neuronLevelShapes.flatMap { shape in
            try [BiasSharing.perLayer, .perNeuron].map { sharing in
                (shape.map(String.init).joined(separator: "-") + " \(sharing)", try trace(shape, sharing: sharing, value: 0.35))
            }
        }
    }
}
