/// How a network does on its examples: the loss over all of them, its outputs, and for
/// classification the share it gets right.
public struct Evaluation: Sendable, Equatable {
    /// The loss over every example (their mean or sum, as the training's reduction says).
    public let loss: Double
    /// Each example's outputs.
    public let outputs: [[Double]]
    /// The share of examples classified right, from 0 to 1; nil when the targets are not
    /// classes (see ``Classification``).
    public let accuracy: Double?

    init(loss: Double, outputs: [[Double]], examples: [Example]) {
        self.loss = loss
        self.outputs = outputs
        let classes = examples.map { Classification.label(ofTargets: $0.targets) }
        if classes.allSatisfy({ $0 != nil }), !examples.isEmpty {
            var right = 0
            for (output, label) in zip(outputs, classes) where Classification.label(ofOutputs: output) == label {
                right += 1
            }
            accuracy = Double(right) / Double(examples.count)
        } else {
            accuracy = nil
        }
    }
}
