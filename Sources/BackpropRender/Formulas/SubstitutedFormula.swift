import BackpropCore

extension FormulaWriter {
    /// The formula of `term` with its operands' values written in: for `net_h1`,
    /// `0.15*0.05 + 0.2*0.1 + 0.35*1`.
    ///
    /// Givens, and terms equal to a given (∂net_o1/∂out_h1 = w5), are written exactly as the
    /// network has them; computed values with `format`.
    /// Negative values are parenthesised so that the operators around them stay readable.
    public func substituted(_ term: Term, format: NumberFormat) -> String {
        write(term.formula) { index in
            var root = trace.terms[index]
            while case let .equal(other) = root.formula { root = trace.terms[other] }
            let text = root.formula == .given && root.value.isFinite
                ? JSONNumber.text(root.value) : format.string(trace.terms[index].value)
            return text.hasPrefix("-") ? "(\(text))" : text
        }
    }
}
