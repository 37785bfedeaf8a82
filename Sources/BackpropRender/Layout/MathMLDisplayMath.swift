/// Display equations for HTML: a block `<math>` element; a chain too wide for a printed page
/// becomes a three-column `<mtable>` (left side, `=`, right side), one step per row, as
/// ``EquationLayout`` breaks it.
struct MathMLDisplayMath {
    let layout: EquationLayout
    let math = MathMLWriter()

    func write(_ expression: MathExpression) -> String {
        let lines = layout.lines(expression)
        let open = "<div class=\"equation\"><math display=\"block\">"
        let close = "</math></div>"
        if lines.count == 1 { return open + math.write(expression) + close }
        let rows = lines.map { line -> String in
            let right = math.write(line.right)
            switch line.lead {
            case let .leftSide(left):
                return cells(math.write(left), "<mo>=</mo>", right)
            case .equals: return cells("", "<mo>=</mo>", right)
            case .plus: return cells("", "", "<mrow><mspace width=\"1em\"></mspace><mo>+</mo>\(right)</mrow>")
            case .minus: return cells("", "", "<mrow><mspace width=\"1em\"></mspace><mo>−</mo>\(right)</mrow>")
            case .times: return cells("", "", "<mrow><mspace width=\"1em\"></mspace><mo>·</mo>\(right)</mrow>")
            case .none: return cells("", "", right)
            }
        }
        return open + "<mtable class=\"steps\">" + rows.joined() + "</mtable>" + close
    }

    private func cells(_ left: String, _ relation: String, _ right: String) -> String {
        "<mtr><mtd>\(left)</mtd><mtd>\(relation)</mtd><mtd>\(right)</mtd></mtr>"
    }
}
