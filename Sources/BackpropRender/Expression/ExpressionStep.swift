import BackpropCore

/// A gradient step on some of an expression's inputs (`--params`, `--learning-rate`), as the
/// engine computed it.
public struct ExpressionStep: Sendable {
    public let learningRate: Double
    public let updates: [ExpressionTrace.Update]

    public init(learningRate: Double, updates: [ExpressionTrace.Update]) {
        self.learningRate = learningRate
        self.updates = updates
    }
}
