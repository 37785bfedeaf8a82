import BackpropCore

/// Writes mathematics as LaTeX: `\frac{\partial E_{total}}{\partial w_{5}}`, `\delta_{o1}`,
/// `w_{5}^{+}`. Used inside `$…$` in Markdown and in LaTeX documents.
package struct LaTeXMathWriter: MathWriter {
    /// A writer.
    package init() {}

    package func write(_ expression: MathExpression) -> String {
        switch expression {
        case let .symbol(symbol): return write(symbol)
        case let .number(text): return text.hasPrefix("-") ? "-" + text.dropFirst() : text
        case let .partial(numerator, denominator):
            return "\\frac{\\partial \(write(numerator))}{\\partial \(write(denominator))}"
        case let .sum(terms):
            return terms.enumerated().map { index, term in
                guard index > 0 else { return write(term) }
                if let subtracted = term.subtractedInSum { return " - " + write(subtracted) }
                return " + " + (term.needsParenthesesInSum ? "\\left(\(write(term))\\right)" : write(term))
            }.joined()
        case let .difference(left, right):
            let rightText = right.needsParenthesesAsOperand ? "\\left(\(write(right))\\right)" : write(right)
            return "\(write(left)) - \(rightText)"
        case let .product(factors):
            return factors.enumerated().map { index, factor in
                if factor.needsParenthesesAsOperand, !(index == 0 && factor.isNegativeNumber) {
                    if case .parenthesized = factor { return write(factor) }
                    return "\\left(\(write(factor))\\right)"
                }
                return write(factor)
            }.joined(separator: " \\cdot ")
        case let .negation(inner):
            return inner.needsParenthesesAsOperand ? "-\\left(\(write(inner))\\right)" : "-" + write(inner)
        case let .parenthesized(inner):
            return "\\left(\(write(inner))\\right)"
        case let .fraction(numerator, denominator):
            return "\\frac{\(write(numerator))}{\(write(denominator))}"
        case let .power(base, exponent):
            var baseText = base.isAtomic ? write(base) : "\\left(\(write(base))\\right)"
            // A symbol that has a superscript of its own, out⁽¹⁾, is braced: TeX refuses x^{a}^{b}.
            if case let .symbol(symbol) = base, symbol.superscript != nil { baseText = "{\(baseText)}" }
            return "\(baseText)^{\(write(exponent))}"
        case let .exponential(exponent):
            return "e^{\(write(exponent))}"
        case let .function(name, arguments):
            let operatorName = name == "step" ? "\\operatorname{step}" : "\\\(name)"
            return "\(operatorName)\\left(\(arguments.map(write).joined(separator: ", "))\\right)"
        case .half:
            return "\\tfrac{1}{2}"
        case let .equation(parts):
            return parts.map(write).joined(separator: " = ")
        case let .text(words):
            return "\\text{\(words)}"
        case let .summation(index, body):
            return "\\sum_{\(index)} \(write(body))"
        case let .applied(symbol, arguments):
            return write(symbol) + "\\left(" + arguments.map(write).joined(separator: ", ") + "\\right)"
        case let .differenceQuotient(numerator, denominator):
            return "\\frac{\\Delta \(write(numerator))}{\\Delta \(write(denominator))}"
        case let .matrix(rows):
            let body = rows.map { $0.map(write).joined(separator: " & ") }.joined(separator: " \\\\ ")
            return "\\begin{bmatrix} " + body + " \\end{bmatrix}"
        case let .dots(direction):
            switch direction {
            case .horizontal: return "\\cdots"
            case .vertical: return "\\vdots"
            case .diagonal: return "\\ddots"
            }
        case let .hadamard(factors):
            return factors.map { $0.needsParenthesesInHadamard ? "\\left(\(write($0))\\right)" : write($0) }
                .joined(separator: " \\odot ")
        case let .transposed(inner):
            let base = inner.isBareSymbol ? write(inner) : "\\left(\(write(inner))\\right)"
            return base + "^{\\mathsf{T}}"
        case let .absolute(inner):
            return "\\left|" + write(inner) + "\\right|"
        case let .squareRoot(inner):
            return "\\sqrt{" + write(inner) + "}"
        }
    }

    /// A symbol: Greek bases by their LaTeX names, multi-letter bases upright.
    package func write(_ symbol: MathSymbol) -> String {
        var text = MathSymbol.namedLetters[symbol.base]?.latex
            ?? (symbol.base.count > 1 ? "\\mathit{\(symbol.base)}" : symbol.base)
        if let lowered = symbol.subscriptText {
            let shown = lowered.utf8.contains(UInt8(ascii: "_")) ? lowered.split(separator: "_").joined(separator: ",") : lowered
            text += "_{\(shown)}"
        }
        if let superscript = symbol.superscript { text += "^{\(superscript == "′" ? "\\prime" : superscript)}" }
        return text
    }
}

extension MathExpression {
    var isNegativeNumber: Bool {
        if case let .number(text) = self { return text.hasPrefix("-") }
        return false
    }

    /// A symbol without a superscript: can take one (ᵀ) without parentheses.
    var isBareSymbol: Bool {
        if case let .symbol(symbol) = self { return symbol.superscript == nil }
        return false
    }

    /// Whether a factor of a Hadamard product needs parentheses: anything looser than it.
    var needsParenthesesInHadamard: Bool {
        switch self {
        case .sum, .difference, .product, .negation, .hadamard: return true
        default: return false
        }
    }

    /// A single symbol or non-negative number: needs no parentheses under an exponent.
    var isAtomic: Bool {
        switch self {
        case .symbol, .parenthesized, .matrix, .applied, .absolute, .squareRoot: return true
        case let .number(text): return !text.hasPrefix("-")
        default: return false
        }
    }
}
