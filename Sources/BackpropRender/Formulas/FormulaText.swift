import BackpropCore

/// A term's formula in ASCII with the canonical names (`w1*i1 + w2*i2 + b1*1`): the notation
/// of worksheets, `check` reports and the JSON trace.
package struct FormulaText: Sendable {
    private let expressions: FormulaExpression

    /// Formulas of `trace`'s terms.
    package init(trace: Trace, numbers: NumberFormat = .standard) {
        expressions = FormulaExpression(trace: trace, numbers: numbers, examplesByName: true)
    }

    /// The formula with operand names.
    package func symbolic(_ term: Term) -> String {
        LinearMathWriter.ascii.write(expressions.symbolic(term))
    }

    /// The formula with each operand (an index into the trace's terms) written by `operand`.
    package func written(_ term: Term, operand: (Int) -> MathExpression) -> String {
        LinearMathWriter.ascii.write(expressions.expression(term, operand: operand))
    }

    /// The formula with operand values, written with the numbers' format.
    package func substituted(_ term: Term) -> String {
        LinearMathWriter.ascii.write(expressions.substituted(term))
    }
}
