/// The logistic function σ(a) = 1/(1 + e⁻ᵃ): slope σ(a)(1 − σ(a)), from the node's value.
public struct Sigmoid: Operation {
    public init() {}
    public var name: String { "sigmoid" }
    public var formula: OperationFormula { .function(.sigmoid, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.product([.result, .difference(.constant(1), .result)])] }
}
