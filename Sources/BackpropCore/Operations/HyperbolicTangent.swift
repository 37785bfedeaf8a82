/// tanh a: slope 1 − tanh²a, written from the node's value as micrograd's `_backward` does.
public struct HyperbolicTangent: Operation {
    public init() {}
    public var name: String { "tanh" }
    public var formula: OperationFormula { .function(.tanh, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.difference(.constant(1), .power(.result, 2))] }
}
