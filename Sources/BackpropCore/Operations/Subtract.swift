/// a − b: the gradient passes on to a, and with its sign turned to b.
public struct Subtract: Operation {
    public init() {}
    public var name: String { "subtract" }
    public var formula: OperationFormula { .difference(.operand(0), .operand(1)) }
    public var localDerivatives: [OperationFormula] { [.constant(1), .constant(-1)] }
}
