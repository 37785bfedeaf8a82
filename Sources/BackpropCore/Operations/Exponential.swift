/// eᵃ: its own slope, so the gradient is multiplied by the node's value.
public struct Exponential: Operation {
    public init() {}
    public var name: String { "exp" }
    public var formula: OperationFormula { .function(.exp, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.result] }
}
