import BackpropCore

/// A term's formula in ASCII with the canonical names (`w1*i1 + w2*i2 + b1*1`): the notation
/// of worksheets, `check` reports and the JSON trace.
public struct FormulaText: Sendable {
    private let expressions: FormulaExpression

    /// Formulas of `trace`'s terms.
    public init(trace: Trace, numbers: NumberFormat = .standard) {
        expressions = FormulaExpression(trace: trace, numbers: numbers, examplesByName: true)
    }

    /// The formula with operand names.
    public func symbolic(_ term: Term) -> String {
        LinearMathWriter.ascii.write(expressions.symbolic(term))
    }

    /// The formula with operand values, written with the numbers' format.
    public func substituted(_ term: Term) -> String {
        LinearMathWriter.ascii.write(expressions.substituted(term))
    }
}
