import BackpropCore

/// Writes mathematics on one line of text, in Unicode for people (`∂E_total/∂w5`, `δ_o1`,
/// `out_h1(1 − out_h1)`) or in ASCII with the canonical term names (`dE_total/dw5`,
/// `delta_o1`, `1/(1 + exp(-net_h1))`) for the JSON trace.
package struct LinearMathWriter: MathWriter {
    /// The characters that differ between the two notations.
    struct Glyphs: Sendable {
        let minus: String
        let times: String
        let half: String
        let partial: String
        let summation: String
        let squared: String?
        /// What opens e to a power: `e^(` or `exp(`; a parenthesis closes it.
        let exponential: String
        let updated: String
        let greek: [String: String]
        /// √, or `sqrt` in ASCII.
        let squareRoot: String
        /// Δ of a difference quotient, ⊙ of a Hadamard product, ᵀ, a prime, and ⋯ ⋮ ⋱.
        let difference: String
        let hadamard: String
        let transposed: String
        let prime: String
        let dots: (horizontal: String, vertical: String, diagonal: String)
        /// Superscript characters for a symbol's superscript (W², Wˡ⁺¹, an example's out_o1⁽²⁾):
        /// digits, signs, parentheses and the letters l and L of a layer's index; nil to write
        /// `^2`, `^(2)`.
        let superscriptDigits: [Character: Character]?
        /// Subscript digits for a Greek letter's number (β₁); nil to write `beta1`.
        let subscriptDigits: [Character: Character]?
    }

    let glyphs: Glyphs

    /// Readable Unicode: `∂E_total/∂w5`, `w5⁺`, `out_o1⁽²⁾`, `½(target_o1 − out_o1)²`, `e^(−net_h1)`.
    package static let unicode = LinearMathWriter(glyphs: Glyphs(
        minus: "−", times: "·", half: "½", partial: "∂", summation: "Σ_", squared: "²",
        exponential: "e^(", updated: "⁺",
        greek: MathSymbol.namedLetters.mapValues(\.unicode), squareRoot: "√",
        difference: "Δ", hadamard: " ⊙ ", transposed: "ᵀ", prime: "′", dots: ("⋯", "⋮", "⋱"),
        superscriptDigits: Dictionary(uniqueKeysWithValues: zip("0123456789+-lL()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻ˡᴸ⁽⁾")),
        subscriptDigits: Dictionary(uniqueKeysWithValues: zip("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
    ))

    /// ASCII with the canonical names: `dE_total/dw5`, `w5+`, `1/2*(target_o1 - out_o1)^2`.
    package static let ascii = LinearMathWriter(glyphs: Glyphs(
        minus: "-", times: "*", half: "1/2", partial: "d", summation: "sum_", squared: nil,
        exponential: "exp(", updated: "+", greek: [:], squareRoot: "sqrt",
        difference: "Delta", hadamard: " .* ", transposed: "^T", prime: "'", dots: ("...", ":", "..."),
        superscriptDigits: nil, subscriptDigits: nil
    ))

    package func write(_ expression: MathExpression) -> String {
        switch expression {
        case let .symbol(symbol): return write(symbol)
        case let .number(text): return text.hasPrefix("-") ? glyphs.minus + text.dropFirst() : text
        case let .partial(numerator, denominator):
            return glyphs.partial + write(numerator) + "/" + glyphs.partial + write(denominator)
        case let .sum(terms):
            return terms.enumerated().map { index, term in
                guard index > 0 else { return write(term) }
                if let subtracted = term.subtractedInSum { return " \(glyphs.minus) " + write(subtracted) }
                return " + " + (term.needsParenthesesInSum ? "(\(write(term)))" : write(term))
            }.joined()
        case let .difference(left, right):
            return "\(write(left)) \(glyphs.minus) \(operand(right))"
        case let .product(factors):
            let separator = factors.contains(where: \.isTall) ? " \(glyphs.times) " : glyphs.times
            return factors.enumerated().map { index, factor in
                index == 0 && factor.isNegativeNumber ? write(factor) : operand(factor)
            }.joined(separator: separator)
        case let .negation(inner):
            return glyphs.minus + operand(inner)
        case let .parenthesized(inner):
            return "(\(write(inner)))"
        case let .fraction(numerator, denominator):
            return atom(numerator) + "/" + atom(denominator)
        case let .power(base, exponent):
            if case .number("2") = exponent, let squared = glyphs.squared { return atom(base) + squared }
            if case let .number(text) = exponent, let raised = superscript(text) { return atom(base) + raised }
            return atom(base) + "^" + atom(exponent)
        case let .exponential(exponent):
            return glyphs.exponential + write(exponent) + ")"
        case let .function(name, arguments):
            return "\(name)(\(arguments.map(write).joined(separator: ", ")))"
        case .half:
            return glyphs.half
        case let .equation(parts):
            return parts.map(write).joined(separator: " = ")
        case let .text(words):
            return words
        case let .summation(index, body):
            return glyphs.summation + index + " " + write(body)
        case let .applied(symbol, arguments):
            return write(symbol) + "(" + arguments.map(write).joined(separator: ", ") + ")"
        case let .differenceQuotient(numerator, denominator):
            return glyphs.difference + write(numerator) + "/" + glyphs.difference + write(denominator)
        case let .matrix(rows):
            return "[" + rows.map { "[" + $0.map(write).joined(separator: ", ") + "]" }.joined(separator: ", ") + "]"
        case let .dots(direction):
            switch direction {
            case .horizontal: return glyphs.dots.horizontal
            case .vertical: return glyphs.dots.vertical
            case .diagonal: return glyphs.dots.diagonal
            }
        case let .hadamard(factors):
            return factors.map { $0.needsParenthesesInHadamard ? "(\(write($0)))" : write($0) }
                .joined(separator: glyphs.hadamard)
        case let .transposed(inner):
            return (inner.isBareSymbol ? write(inner) : "(\(write(inner)))") + glyphs.transposed
        case let .absolute(inner):
            return "|" + write(inner) + "|"
        case let .squareRoot(inner):
            // √x in Unicode; sqrt(x) in ASCII, where √ has no glyph.
            return glyphs.squareRoot == "√" ? "√" + atom(inner) : glyphs.squareRoot + "(" + write(inner) + ")"
        }
    }

    /// `w5`, `w5⁺`, `δ_o1`, `net_h1`, `E_total`, `η` (or their ASCII names).
    package func write(_ symbol: MathSymbol) -> String {
        let base = glyphs.greek[symbol.base] ?? symbol.base
        var text = base
        if let lowered = symbol.subscriptText {
            // `w5`, and `w5[2]` for a term of example 2 written by its name.
            let index = lowered.prefix { $0 != "[" }
            let compact = (base.count == 1 || symbol.isGreek) && !index.isEmpty && index.allSatisfy(\.isNumber)
            if compact, symbol.isGreek, let digits = glyphs.subscriptDigits {
                // β₁: a Greek letter's number sits low, so that β₁³ is not read as β·1³.
                text += String(lowered.map { digits[$0] ?? $0 })
            } else {
                text += compact ? lowered : "_" + lowered
            }
        }
        if let superscript = symbol.superscript {
            if superscript == "+" {
                text += glyphs.updated
            } else if superscript == "′" {
                text += glyphs.prime
            } else if let digits = glyphs.superscriptDigits, superscript.allSatisfy({ digits[$0] != nil }) {
                text += String(superscript.compactMap { digits[$0] })
            } else {
                text += "^" + superscript
            }
        }
        return text
    }

    /// `text` in superscript characters (`⁻¹⁰`), if the notation has them all.
    private func superscript(_ text: String) -> String? {
        guard let digits = glyphs.superscriptDigits else { return nil }
        var raised = ""
        for character in text {
            if character == "-" || character == "−" {
                raised += "⁻"
            } else if let digit = digits[character] {
                raised.append(digit)
            } else {
                return nil
            }
        }
        return raised
    }

    /// A factor or subtrahend, in parentheses when it needs them.
    private func operand(_ expression: MathExpression) -> String {
        if case .parenthesized = expression { return write(expression) }
        return expression.needsParenthesesAsOperand ? "(\(write(expression)))" : write(expression)
    }

    /// A base, exponent or fraction part, in parentheses unless it is a symbol or a number.
    private func atom(_ expression: MathExpression) -> String {
        expression.isAtomic ? write(expression) : "(\(write(expression)))"
    }
}

extension MathExpression {
    /// Whether the expression is a fraction-like thing that reads better with spaced operators.
    var isTall: Bool {
        switch self {
        case .partial, .fraction, .differenceQuotient, .matrix: return true
        default: return false
        }
    }
}
