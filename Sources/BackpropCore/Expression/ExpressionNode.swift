/// One node of an expression graph: an input, a constant, or an operation on earlier nodes.
public struct ExpressionNode: Sendable {
    /// What the node is.
    public enum Kind: Sendable {
        /// A named value the program starts from (`a = -4.0`, or `--at a=-4`): a parameter.
        case input
        /// A number written inside an expression (the 2 of `2 * a`).
        case constant
        /// An operation applied to ``operands``.
        case operation(any Operation)
    }

    /// What the node is.
    public let kind: Kind
    /// The nodes it is computed from, by index; each is earlier in the graph.
    public let operands: [Int]
    /// Its value.
    public let value: Double
    /// ∂(node)/∂(operand i) at these values, one per operand.
    public let localDerivatives: [Double]
    /// The program's name for the node, if an assignment named it, and which assignment to that
    /// name it is (1 for the first, 2 after `c += …`).
    public internal(set) var variable: Variable?

    /// A program's name and the how-manieth assignment to it.
    public struct Variable: Sendable, Equatable {
        public let name: String
        public let version: Int
    }

    /// Whether the node is an operation (not an input or a constant).
    public var isOperation: Bool {
        if case .operation = kind { return true }
        return false
    }

    /// The operation, for an operation node.
    public var operation: (any Operation)? {
        if case let .operation(operation) = kind { return operation }
        return nil
    }
}
