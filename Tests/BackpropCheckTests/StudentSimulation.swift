import BackpropCheck
import BackpropCore
import Foundation

/// Students simulated as a marker meets them: each works the step in derivation order from their
/// own written values, rounding every result to a number of significant figures, writing values
/// that are short numbers exactly (`0.05`, `0.4`, `0`) as they are, and perhaps making one
/// known slip that they then carry forward.
enum StudentSimulation {
    /// The settings a course assigns, each a traced step with values that give many short exact
    /// terms (inputs, weights, zeros, slopes of 1).
    static func settings() throws -> [(name: String, trace: Trace)] {
        let reference = try Engine.run(.reference)
        let tanhLinear = try Engine.run(TrainingSetup(
            layerSizes: [2, 2, 1], weights: [0.5, -0.25, 0.75, 0.5, 0.4, -0.6], biases: [[0.1], [0.2]],
            biasSharing: .perLayer, activations: [.tanh, .linear],
            examples: [Example(inputs: [0.5, 0.2], targets: [0.3]), Example(inputs: [-0.4, 0.8], targets: [0.9])],
            loss: .squared, learningRate: 0.1
        ))
        // h2's net input is negative: a dead ReLU, whose slope and delta are exactly 0.
        let reluBinary = try Engine.run(TrainingSetup(
            layerSizes: [2, 2, 1], weights: [0.5, 0.25, -0.75, -0.5, 0.4, 0.6], biases: [[0.1, -0.1], [0.2]],
            biasSharing: .perNeuron, activations: [.relu, .logistic],
            examples: [Example(inputs: [0.5, 0.2], targets: [1])],
            loss: .binaryCrossEntropy, learningRate: 0.5
        ), options: TrainingOptions(updateBiases: true))
        let softmax = try Engine.run(TrainingSetup(
            layerSizes: [2, 3], weights: [0.1, 0.2, 0.3, 0.4, 0.5, 0.6], biases: [[]], biasSharing: .none,
            activations: [.softmax],
            examples: [Example(inputs: [0.5, 0.1], targets: [1, 0, 0]), Example(inputs: [0.2, 0.9], targets: [0, 0, 1])],
            loss: .crossEntropy, learningRate: 0.5
        ), options: TrainingOptions(reduction: .sum))
        let meanSquared = try Engine.run(TrainingSetup(
            layerSizes: [2, 2, 2], weights: Network.reference.weights, biases: [[0.35], [0.6]],
            biasSharing: .perLayer, activations: [.relu, .linear],
            examples: [Example(inputs: [0.05, 0.1], targets: [0.01, 0.99])], loss: .meanSquared, learningRate: 0.5
        ), options: TrainingOptions(hiddenUses: .updated))
        let momentum = try Engine.run(.reference, options: TrainingOptions(
            steps: 3, optimizer: .momentum(0.9), tracedStep: 3
        ))
        let adam = try Engine.run(.reference, options: TrainingOptions(
            updateBiases: true, steps: 2, optimizer: .adam(beta1: 0.9, beta2: 0.999, epsilon: 1e-8), tracedStep: 2
        ))
        return [
            ("reference", reference), ("tanh-linear-squared-batch", tanhLinear),
            ("relu-binary-cross-entropy", reluBinary), ("softmax-cross-entropy-sum", softmax),
            ("relu-linear-mean-squared-updated", meanSquared), ("momentum-step-3", momentum),
            ("adam-step-2", adam),
        ]
    }

    /// `value` as a student writes it: the exact value that is a short number (`0.05`, `-0.6`,
    /// `1`, `0`) as it is, anything else rounded to `figures` significant figures, zeros kept
    /// (`1.500`).
    static func written(_ value: Double, exact: Double, figures: Int) -> String {
        if value == exact, let short = short(value) { return short }
        return String(format: "%#.\(figures)g", value)
    }

    /// The value's shortest text when it is a short number (at most five characters of
    /// digits, no exponent), else nil.
    static func short(_ value: Double) -> String? {
        if value == 0 { return "0" }
        var text = "\(value)"
        if text.hasSuffix(".0") { text.removeLast(2) }
        guard !text.contains("e"), text.count <= 6 else { return nil }
        return text
    }

    /// What the student writes for every term (nil for givens): each computed from their own
    /// written values, with `slip` (a function of the term and the student's values so far)
    /// giving the value of the term `slipped`.
    static func written(
        _ trace: Trace, figures: Int, slipped: Int? = nil,
        slip: ((Int, [Double]) -> Double)? = nil
    ) -> [String?] {
        var values = trace.terms.map(\.value)
        var texts: [String?] = Array(repeating: nil, count: values.count)
        for (index, term) in trace.terms.enumerated() where term.formula != .given {
            let computed = index == slipped
                ? slip?(index, values) ?? .nan
                : term.formula.evaluate { values[$0] } ?? .nan
            let text = written(computed, exact: term.value, figures: figures)
            texts[index] = text
            values[index] = Double(text) ?? .nan
        }
        return texts
    }

    /// The sheet of every computed term, one `name = value` line each.
    static func sheet(_ trace: Trace, _ written: [String?]) -> String {
        trace.terms.enumerated().compactMap { index, term in
            written[index].map { "\(trace.name(of: term)) = \($0)" }
        }.joined(separator: "\n") + "\n"
    }
}
