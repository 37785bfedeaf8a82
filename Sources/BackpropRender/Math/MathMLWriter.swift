import BackpropCore

import TemplateKit

/// Writes mathematics as presentation MathML (the MathML Core subset browsers render natively):
/// `<msub><mi>w</mi><mn>5</mn></msub>`, fractions as `<mfrac>`, ∂E/∂w as a fraction of two
/// `∂` rows. The result goes inside a `<math>` element, which this writer does not add.
package struct MathMLWriter: MathWriter {
    /// A writer.
    package init() {}

    package func write(_ expression: MathExpression) -> String {
        switch expression {
        case let .symbol(symbol): return write(symbol)
        case let .number(text): return number(text)
        case let .partial(numerator, denominator):
            return "<mfrac><mrow><mi>∂</mi>\(write(numerator))</mrow>"
                + "<mrow><mi>∂</mi>\(write(denominator))</mrow></mfrac>"
        case let .sum(terms):
            return row(terms.enumerated().map { index, term in
                guard index > 0 else { return write(term) }
                if let subtracted = term.subtractedInSum { return "<mo>−</mo>" + write(subtracted) }
                return "<mo>+</mo>" + (term.needsParenthesesInSum ? fenced(write(term)) : write(term))
            }.joined())
        case let .difference(left, right):
            let rightText = right.needsParenthesesAsOperand ? fenced(write(right)) : write(right)
            return row(write(left) + "<mo>−</mo>" + rightText)
        case let .product(factors):
            return row(factors.enumerated().map { index, factor in
                if factor.needsParenthesesAsOperand, !(index == 0 && factor.isNegativeNumber) {
                    if case .parenthesized = factor { return write(factor) }
                    return fenced(write(factor))
                }
                return write(factor)
            }.joined(separator: "<mo>·</mo>"))
        case let .negation(inner):
            return row("<mo>−</mo>" + write(inner))
        case let .parenthesized(inner):
            return fenced(write(inner))
        case let .fraction(numerator, denominator):
            return "<mfrac>\(row(write(numerator)))\(row(write(denominator)))</mfrac>"
        case let .power(base, exponent):
            let baseText = base.isAtomic ? write(base) : fenced(write(base))
            return "<msup>\(row(baseText))\(row(write(exponent)))</msup>"
        case let .exponential(exponent):
            return "<msup><mi>e</mi>\(row(write(exponent)))</msup>"
        case let .function(name, arguments):
            let list = arguments.map(write).joined(separator: "<mo separator=\"true\">,</mo>")
            return row("<mi>\(Escaping.html.escape(name))</mi><mo>&#x2061;</mo>" + fenced(list))
        case .half:
            return "<mfrac><mn>1</mn><mn>2</mn></mfrac>"
        case let .equation(parts):
            return row(parts.map(write).joined(separator: "<mo>=</mo>"))
        case let .text(words):
            return "<mtext>\(Escaping.html.escape(words))</mtext>"
        case let .summation(index, body):
            return row("<munder><mo>∑</mo>\(identifier(index))</munder>" + write(body))
        case let .applied(symbol, arguments):
            let list = arguments.map(write).joined(separator: "<mo separator=\"true\">,</mo>")
            return row(write(symbol) + "<mo>&#x2061;</mo>" + fenced(list))
        case let .differenceQuotient(numerator, denominator):
            let delta = "<mi mathvariant=\"normal\">Δ</mi>"
            return "<mfrac><mrow>\(delta)\(write(numerator))</mrow><mrow>\(delta)\(write(denominator))</mrow></mfrac>"
        case let .matrix(rows):
            let body = rows.map { "<mtr>" + $0.map { "<mtd>\(write($0))</mtd>" }.joined() + "</mtr>" }.joined()
            return row("<mo>[</mo><mtable class=\"matrix\">\(body)</mtable><mo>]</mo>")
        case let .dots(direction):
            switch direction {
            case .horizontal: return "<mo>⋯</mo>"
            case .vertical: return "<mo>⋮</mo>"
            case .diagonal: return "<mo>⋱</mo>"
            }
        case let .hadamard(factors):
            return row(factors.map { $0.needsParenthesesInHadamard ? fenced(write($0)) : write($0) }
                .joined(separator: "<mo>⊙</mo>"))
        case let .transposed(inner):
            let base = inner.isBareSymbol ? write(inner) : fenced(write(inner))
            return "<msup>\(row(base))<mi mathvariant=\"normal\">T</mi></msup>"
        case let .absolute(inner):
            return row("<mo>|</mo>" + write(inner) + "<mo>|</mo>")
        case let .squareRoot(inner):
            return "<msqrt>" + write(inner) + "</msqrt>"
        }
    }

    /// A symbol: `<msub>`, `<msup>` or `<msubsup>` around its base; Greek bases as letters.
    package func write(_ symbol: MathSymbol) -> String {
        let letters = symbol.isGreek ? LinearMathWriter.unicode.write(MathSymbol(symbol.base)) : symbol.base
        let base = symbol.hatted.map { "<mover accent=\"true\"><mi>\($0)</mi><mo>^</mo></mover>" }
            ?? "<mi>\(Escaping.html.escape(letters))</mi>"
        let lowered = symbol.subscriptText.map { text in
            identifier(text.utf8.contains(UInt8(ascii: "_")) ? text.replacingOccurrences(of: "_", with: ",") : text)
        }
        let raised = symbol.superscript.map { $0 == "+" ? "<mo>+</mo>" : identifier($0) }
        switch (lowered, raised) {
        case let (lowered?, raised?): return "<msubsup>\(base)\(lowered)\(raised)</msubsup>"
        case let (lowered?, nil): return "<msub>\(base)\(lowered)</msub>"
        case let (nil, raised?): return "<msup>\(base)\(raised)</msup>"
        case (nil, nil): return base
        }
    }

    /// A subscript such as `5`, `h1`, `total` or `h1,2`: runs of letters as `<mi>`, of digits as
    /// `<mn>`, anything else as `<mo>`; one `<mrow>` when there is more than one run.
    private func identifier(_ text: String) -> String {
        var runs: [String] = []
        var current = ""
        var currentKind = 0
        func kind(_ character: Character) -> Int {
            // ASCII first: Unicode's number and letter properties are slow to look up.
            if let ascii = character.asciiValue {
                if ascii >= 0x30 && ascii <= 0x39 { return 1 }
                let lower = ascii | 0x20
                return lower >= 0x61 && lower <= 0x7A ? 2 : 3
            }
            return character.isNumber ? 1 : (character.isLetter ? 2 : 3)
        }
        func flush() {
            guard !current.isEmpty else { return }
            let escaped = Escaping.html.escape(current)
            runs.append(currentKind == 1 ? "<mn>\(escaped)</mn>" : currentKind == 2 ? "<mi>\(escaped)</mi>" : "<mo>\(escaped)</mo>")
            current = ""
        }
        for character in text {
            if kind(character) != currentKind || currentKind == 3 { flush() }
            currentKind = kind(character)
            current.append(character)
        }
        flush()
        return runs.count == 1 ? runs[0] : "<mrow>" + runs.joined() + "</mrow>"
    }

    private func number(_ text: String) -> String {
        text.hasPrefix("-") ? "<mrow><mo>−</mo><mn>\(text.dropFirst())</mn></mrow>" : "<mn>\(text)</mn>"
    }

    private func fenced(_ inner: String) -> String { "<mrow><mo stretchy=\"false\">(</mo>\(inner)<mo stretchy=\"false\">)</mo></mrow>" }

    private func row(_ inner: String) -> String { "<mrow>\(inner)</mrow>" }
}
