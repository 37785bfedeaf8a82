import BackpropCore

/// A gradient step on some of an expression's inputs (`--params`, `--learning-rate`), as the
/// engine computed it.
package struct ExpressionStep: Sendable {
    package let learningRate: Double
    package let updates: [ExpressionTrace.Update]

    package init(learningRate: Double, updates: [ExpressionTrace.Update]) {
        self.learningRate = learningRate
        self.updates = updates
    }
}
