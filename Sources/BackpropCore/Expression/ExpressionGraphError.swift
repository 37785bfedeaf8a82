/// Why a node cannot be added to an expression graph. The parser adds where it happened.
public enum ExpressionGraphError: Error, Sendable, Equatable {
    /// The operation `name` is not defined at `operands` (the values of its operands).
    case domain(DomainProblem, operation: String, operands: [Double])
    /// The graph would have more nodes than ``ExpressionGraphBuilder/nodeLimit``.
    case tooManyNodes(limit: Int)
}
