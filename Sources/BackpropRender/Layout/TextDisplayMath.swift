/// Display equations for a terminal: indented, on one line when it fits in ``width`` columns,
/// else broken as ``EquationLayout`` breaks them, the continuation lines' `=` (and a long sum's
/// `+`) under the first `=`.
struct TextDisplayMath {
    /// The columns a line may use, indentation included.
    let width: Int
    let math: LinearMathWriter

    static let indent = "    "

    private var layout: EquationLayout {
        let math = self.math
        let metrics = EquationLayout.Metrics(
            // A later term of a sum that is negative gets parentheses: count them everywhere.
            measure: { math.write($0).count + ($0.needsParenthesesInSum ? 2 : 0) },
            equals: 3, plus: 0, separator: 3
        )
        return EquationLayout(maximumWidth: width - Self.indent.count, metrics: metrics)
    }

    func write(_ expression: MathExpression) -> String {
        let layout = self.layout
        let lines = layout.lines(expression)
        guard case let .equation(parts) = expression, parts.count >= 2 else {
            return lines.map { Self.indent + math.write($0.right) }.joined(separator: "\n")
        }
        let hanging = Self.indent + String(repeating: " ", count: layout.hangingIndent(parts[0]))
        return lines.map { line -> String in
            let right = math.write(line.right)
            switch line.lead {
            case let .leftSide(left): return Self.indent + math.write(left) + " = " + right
            case .equals: return hanging + " = " + right
            case .plus: return hanging + " + " + right
            case .minus: return hanging + " \(math.glyphs.minus) " + right
            case .times: return hanging + " · " + right
            case .none: return Self.indent + right
            }
        }.joined(separator: "\n")
    }
}
