/// Display equations for LaTeX documents: an `align*` environment, the chain aligned on its
/// `=` signs and broken into one step per line when it is too wide (see ``EquationLayout``).
struct LaTeXDisplayMath {
    let layout: EquationLayout
    let math = LaTeXMathWriter()

    func write(_ expression: MathExpression) -> String {
        let lines = layout.lines(expression).map { line -> String in
            let right = math.write(line.right)
            switch line.lead {
            case let .leftSide(left): return math.write(left) + " &= " + right
            case .equals: return "&= " + right
            case .plus: return "&\\quad + " + right
            case .minus: return "&\\quad - " + right
            case .times: return "&\\quad \\cdot " + right
            case .none: return "&" + right
            }
        }
        return "\\begin{align*}\n" + lines.joined(separator: " \\\\\n") + "\n\\end{align*}"
    }
}
