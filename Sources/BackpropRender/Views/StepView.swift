/// One way of showing a traced step.
package enum StepView: String, Sendable, CaseIterable {
    /// The walkthrough: every number derived in words and formulas.
    case walkthrough
    /// The four backpropagation equations with this step's vectors and matrices.
    case matrix
    /// The forward computation as a graph of scalar operations, each node's value and gradient.
    case graph
    /// Every gradient beside its central difference.
    case gradientCheck = "gradient-check"
}
