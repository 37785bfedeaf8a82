/// The natural logarithm, ln a: slope 1/a, defined for a > 0.
public struct Logarithm: Operation {
    public init() {}
    public var name: String { "log" }
    public var formula: OperationFormula { .function(.log, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.quotient(.constant(1), .operand(0))] }

    public func domainProblem(_ operands: [Double]) -> DomainProblem? {
        operands[0] > 0 ? nil : .logarithmOfNonPositive
    }
}
