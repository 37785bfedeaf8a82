/// a · b: each operand receives the gradient times the other operand.
public struct Multiply: Operation {
    public init() {}
    public var name: String { "multiply" }
    public var formula: OperationFormula { .product([.operand(0), .operand(1)]) }
    public var localDerivatives: [OperationFormula] { [.operand(1), .operand(0)] }
}
