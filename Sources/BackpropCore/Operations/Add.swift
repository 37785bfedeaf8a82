/// a + b: a sum passes its gradient on unchanged to both operands.
public struct Add: Operation {
    public init() {}
    public var name: String { "add" }
    public var formula: OperationFormula { .sum([.operand(0), .operand(1)]) }
    public var localDerivatives: [OperationFormula] { [.constant(1), .constant(1)] }
}
