/// One operation of an expression graph, as micrograd's `Value` methods know it: how the node
/// is computed from its operands and its local derivative with respect to each of them.
///
/// Both are formula trees (``OperationFormula``): the engine evaluates them for the numbers and
/// the renderers write them as the notation, so a rule exists once. Adding an operation is one
/// small file with a type conforming to this protocol, and a spelling in the expression parser.
public protocol Operation: Sendable {
    /// The operation's name in JSON and in the graph: `add`, `tanh`, `power`.
    var name: String { get }
    /// The node's value in terms of its operands: `operand(0) + operand(1)`.
    var formula: OperationFormula { get }
    /// ∂(node)/∂(operand i) for each operand, in terms of the operands and the node's own value
    /// (``OperationFormula/result``): for tanh, 1 − result².
    var localDerivatives: [OperationFormula] { get }
    /// Why the operation is not defined at `operands` (a logarithm of a value ≤ 0), if it is not;
    /// values that merely overflow are caught by the graph itself.
    func domainProblem(_ operands: [Double]) -> DomainProblem?
}

extension Operation {
    /// How many operands the operation takes.
    public var arity: Int { localDerivatives.count }

    public func domainProblem(_ operands: [Double]) -> DomainProblem? { nil }
}

/// Why an operation cannot be applied to its operands.
public enum DomainProblem: Sendable, Equatable {
    /// a / b with b = 0.
    case divisionByZero
    /// log(a) with a ≤ 0.
    case logarithmOfNonPositive
    /// √a with a ≤ 0 (at 0 the slope is infinite).
    case squareRootOfNonPositive
    /// aⁿ with a < 0 and n not a whole number, or a = 0 and n < 1 (an infinite slope).
    case powerUndefined
    /// The value or a local derivative is too large for a double.
    case overflow
}
