import BackpropCore

/// How an expression's nodes and their operations' formulas are written: every formula comes
/// from the operation's own tree (``OperationFormula``), with operands as symbols or numbers.
struct ExpressionNotation {
    let trace: ExpressionTrace
    /// How computed values are written.
    let numbers: NumberFormat

    /// A node's symbol: `b`, `c₂` for `c_2`, `w₀` for `w0`, `t₃`; a constant's value.
    func symbol(_ node: Int) -> MathExpression {
        guard let name = trace.names[node] else { return .number(NumberFormat.exact(trace.nodes[node].value)) }
        return .symbol(Self.symbol(named: name))
    }

    /// `net_h1` → net with subscript h1; `w0` → w with subscript 0; other names as they are.
    static func symbol(named name: String) -> MathSymbol {
        if let underscore = name.firstIndex(of: "_"), underscore != name.startIndex, name.index(after: underscore) != name.endIndex {
            return MathSymbol(String(name[..<underscore]), subscript: String(name[name.index(after: underscore)...]))
        }
        let letters = name.prefix { !$0.isNumber }
        if !letters.isEmpty, letters.count < name.count, name[letters.endIndex...].allSatisfy(\.isNumber) {
            return MathSymbol(String(letters), subscript: String(name[letters.endIndex...]))
        }
        return MathSymbol(name)
    }

    /// A node's value: an input's or constant's as given, a computed one rounded.
    func value(_ node: Int) -> MathExpression {
        let value = trace.nodes[node].value
        return .number(trace.nodes[node].isOperation ? numbers.string(value) : NumberFormat.exact(value))
    }

    func number(_ value: Double) -> MathExpression { .number(numbers.string(value)) }

    /// ∂output/∂node.
    func gradientSymbol(_ node: Int) -> MathExpression {
        guard case let .symbol(output) = symbol(trace.output), case let .symbol(of) = symbol(node) else { return .text("gradient") }
        return .partial(output, of)
    }

    /// ∂node/∂operand.
    func localSymbol(_ node: Int, _ operand: Int) -> MathExpression {
        guard case let .symbol(top) = symbol(node), case let .symbol(bottom) = symbol(operand) else { return .text("slope") }
        return .partial(top, bottom)
    }

    /// How `node` is computed, with its operands' symbols: `a · b`, `tanh(c)`.
    func formula(of node: Int) -> MathExpression? {
        guard let operation = trace.nodes[node].operation else { return nil }
        return write(operation.formula, node: node, operands: symbol)
    }

    /// The same with the operands' values.
    func formulaWithNumbers(of node: Int) -> MathExpression? {
        guard let operation = trace.nodes[node].operation else { return nil }
        return write(operation.formula, node: node, operands: value)
    }

    /// ∂node/∂(operand `position`) as its formula in symbols and with numbers.
    func localDerivative(of node: Int, position: Int) -> (symbols: MathExpression, numbers: MathExpression)? {
        guard let rule = trace.nodes[node].operation?.localDerivatives[position] else { return nil }
        return (write(rule, node: node, operands: symbol), write(rule, node: node, operands: value, result: value(node)))
    }

    /// `formula` as notation, each operand written by `operands` and the node's own value as
    /// its symbol (or `result`).
    func write(
        _ formula: OperationFormula, node: Int, operands: (Int) -> MathExpression, result: MathExpression? = nil
    ) -> MathExpression {
        func go(_ formula: OperationFormula) -> MathExpression {
            switch formula {
            case let .operand(position): return operands(trace.nodes[node].operands[position])
            case .result: return result ?? symbol(node)
            case let .constant(value): return .number(NumberFormat.exact(value))
            case let .sum(terms): return .sum(terms.map(go))
            case let .difference(left, right): return .difference(go(left), go(right))
            case let .product(factors): return .product(factors.map(go))
            case let .quotient(numerator, denominator): return .fraction(go(numerator), go(denominator))
            case let .negation(inner):
                if case let .constant(value) = inner { return .number(NumberFormat.exact(-value)) }
                return .negation(go(inner))
            case let .power(base, exponent):
                if exponent == 1 { return go(base) }
                if exponent == 0 { return .number("1") }
                return .power(go(base), .number(NumberFormat.exact(exponent)))
            case let .function(function, argument): return Self.apply(function, go(argument))
            case let .step(argument): return .function("step", [go(argument)])
            }
        }
        return go(formula)
    }

    /// A function applied, as textbooks write it: eˣ, σ(x), max(0, x), √x.
    static func apply(_ function: MathFunction, _ argument: MathExpression) -> MathExpression {
        switch function {
        case .exp: return .exponential(argument)
        case .sigmoid: return .applied(MathSymbol("sigma"), [argument])
        case .relu: return .function("max", [.number("0"), argument])
        case .sqrt: return .squareRoot(argument)
        case .log, .tanh, .sin, .cos: return .function(function.rawValue, [argument])
        }
    }
}
