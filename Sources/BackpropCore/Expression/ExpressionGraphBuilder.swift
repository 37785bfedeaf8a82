/// Builds an expression graph node by node, computing each node's value and local derivatives
/// as it is added (the forward pass), in an order where every operand comes before its node.
public struct ExpressionGraphBuilder: Sendable {
    /// The most nodes a graph may have (inputs and constants included).
    public static let defaultNodeLimit = 1_000_000

    /// The nodes so far.
    public private(set) var nodes: [ExpressionNode] = []
    /// The most nodes this graph may have.
    public let nodeLimit: Int
    private var versions: [String: Int] = [:]

    /// An empty graph of at most `nodeLimit` nodes.
    public init(nodeLimit: Int = defaultNodeLimit) { self.nodeLimit = nodeLimit }

    /// Adds an input: a value the program starts from.
    public mutating func input(_ value: Double) throws(ExpressionGraphError) -> Int {
        try append(ExpressionNode(kind: .input, operands: [], value: value, localDerivatives: []))
    }

    /// Adds a constant written inside an expression.
    public mutating func constant(_ value: Double) throws(ExpressionGraphError) -> Int {
        try append(ExpressionNode(kind: .constant, operands: [], value: value, localDerivatives: []))
    }

    /// Adds `operation` applied to the nodes `operands`, with its value and local derivatives.
    ///
    /// - Throws: ``ExpressionGraphError/domain(_:operation:operands:)`` where the operation is
    ///   not defined or its value or a local derivative is not finite.
    public mutating func apply(_ operation: any Operation, to operands: [Int]) throws(ExpressionGraphError) -> Int {
        let values = operands.map { nodes[$0].value }
        if let problem = operation.domainProblem(values) {
            throw .domain(problem, operation: operation.name, operands: values)
        }
        let value = operation.formula.evaluate(values, result: .nan)
        let slopes = operation.localDerivatives.map { $0.evaluate(values, result: value) }
        guard value.isFinite, slopes.allSatisfy(\.isFinite) else {
            throw .domain(.overflow, operation: operation.name, operands: values)
        }
        return try append(ExpressionNode(kind: .operation(operation), operands: operands, value: value, localDerivatives: slopes))
    }

    /// Gives `node` the program's name `name`, unless it already has one (`a = b` keeps b's).
    public mutating func name(_ node: Int, _ name: String) {
        guard nodes[node].variable == nil else { return }
        let version = versions[name, default: 0] + 1
        versions[name] = version
        nodes[node].variable = ExpressionNode.Variable(name: name, version: version)
    }

    private mutating func append(_ node: ExpressionNode) throws(ExpressionGraphError) -> Int {
        guard nodes.count < nodeLimit else { throw .tooManyNodes(limit: nodeLimit) }
        nodes.append(node)
        return nodes.count - 1
    }
}
