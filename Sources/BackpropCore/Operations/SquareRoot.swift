/// √a: slope 1/(2√a), from the node's value; defined for a > 0 (at 0 the slope is infinite).
public struct SquareRoot: Operation {
    public init() {}
    public var name: String { "sqrt" }
    public var formula: OperationFormula { .function(.sqrt, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.quotient(.constant(1), .product([.constant(2), .result]))] }

    public func domainProblem(_ operands: [Double]) -> DomainProblem? {
        operands[0] > 0 ? nil : .squareRootOfNonPositive
    }
}
