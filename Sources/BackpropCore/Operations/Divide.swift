/// a / b, by the quotient rule: ∂/∂a = 1/b, ∂/∂b = −a/b².
public struct Divide: Operation {
    public init() {}
    public var name: String { "divide" }
    public var formula: OperationFormula { .quotient(.operand(0), .operand(1)) }
    public var localDerivatives: [OperationFormula] {
        [.quotient(.constant(1), .operand(1)), .negation(.quotient(.operand(0), .power(.operand(1), 2)))]
    }

    public func domainProblem(_ operands: [Double]) -> DomainProblem? {
        operands[1] == 0 ? .divisionByZero : nil
    }
}
