/// −a: the gradient passes on with its sign turned.
public struct Negate: Operation {
    public init() {}
    public var name: String { "negate" }
    public var formula: OperationFormula { .negation(.operand(0)) }
    public var localDerivatives: [OperationFormula] { [.constant(-1)] }
}
