import BackpropCore

extension FormulaWriter {
    /// The formula of `term` with its operands' values written in: for `net_h1`,
    /// `0.15*0.05 + 0.2*0.1 + 0.35*1`.
    ///
    /// Givens are written exactly as the network has them; computed values with `format`.
    /// Negative values are parenthesised so that the operators around them stay readable.
    public func substituted(_ term: Term, format: NumberFormat) -> String {
        write(term.formula) { index in
            let operand = trace.terms[index]
            let text = operand.formula == .given && operand.value.isFinite
                ? JSONNumber.text(operand.value) : format.string(operand.value)
            return text.hasPrefix("-") ? "(\(text))" : text
        }
    }
}
