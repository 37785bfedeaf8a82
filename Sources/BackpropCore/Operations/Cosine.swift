/// cos a: slope −sin a.
public struct Cosine: Operation {
    public init() {}
    public var name: String { "cos" }
    public var formula: OperationFormula { .function(.cos, .operand(0)) }
    public var localDerivatives: [OperationFormula] { [.negation(.function(.sin, .operand(0)))] }
}
