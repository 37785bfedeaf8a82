/// max(0, a): slope 1 where a > 0, else 0 (micrograd's `(out.data > 0)`; 0 at a = 0).
public struct ReLU: Operation {
    public init() {}
    public var name: String { "relu" }
    public var formula: OperationFormula { .function(.relu, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.step(.operand(0))] }
}
