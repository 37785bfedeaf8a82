/// aⁿ for a fixed number n, as micrograd's `__pow__` takes it: the power rule, n·aⁿ⁻¹.
public struct Power: Operation {
    /// The fixed exponent n.
    public let exponent: Double

    public init(exponent: Double) { self.exponent = exponent }
    public var name: String { "power" }
    public var formula: OperationFormula { .power(.operand(0), exponent) }
    public var localDerivatives: [OperationFormula] {
        [.product([.constant(exponent), .power(.operand(0), exponent - 1)])]
    }

    public func domainProblem(_ operands: [Double]) -> DomainProblem? {
        let base = operands[0]
        if base < 0, exponent.rounded() != exponent { return .powerUndefined }
        if base == 0, exponent < 1, exponent != 0 { return .powerUndefined }
        return nil
    }
}
