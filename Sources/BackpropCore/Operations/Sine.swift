/// sin a: slope cos a.
public struct Sine: Operation {
    public init() {}
    public var name: String { "sin" }
    public var formula: OperationFormula { .function(.sin, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.function(.cos, .operand(0))] }
}
