/// Breaks a display equation `a = b = c = d` into lines when it is too wide for a page: one
/// line per `=` (textbook style: formula, then numbers, then value), and a sum that is still
/// too wide continued over several lines.
///
/// Shared by every format that lays out display math itself (LaTeX `align*`, MathML tables), so
/// both break the same equations in the same places.
struct EquationLayout {
    /// One line of the laid out equation.
    struct Line: Equatable {
        /// How the line starts.
        enum Lead: Equatable {
            /// The first line: the left-hand side, then `=`.
            case leftSide(MathExpression)
            /// A further step of the chain: `= …`.
            case equals
            /// The rest of a sum too long for one line: `+ …`.
            case plus
            /// A formula that is not an equation: no left side, no sign.
            case none
        }

        let lead: Lead
        let right: MathExpression
    }

    /// The widest a line may be, in ``MathWidth`` units (tenths of an em).
    let maximumWidth: Int

    /// About 36 em: fits a 160 mm text block at 11 pt with room to spare.
    static let page = EquationLayout(maximumWidth: 360)

    func lines(_ expression: MathExpression) -> [Line] {
        guard case let .equation(parts) = expression, parts.count >= 2 else {
            return [Line(lead: .none, right: expression)]
        }
        let left = parts[0]
        let rest = Array(parts.dropFirst())
        if MathWidth.of(expression) <= maximumWidth {
            return [Line(lead: .leftSide(left), right: rest.count == 1 ? rest[0] : .equation(rest))]
        }
        let indent = min(MathWidth.of(left), maximumWidth / 3) + 13
        var lines: [Line] = []
        for (index, part) in rest.enumerated() {
            let lead: Line.Lead = index == 0 ? .leftSide(left) : .equals
            let room = maximumWidth - indent
            guard MathWidth.of(part) > room, case let .sum(terms) = part, terms.count > 1 else {
                lines.append(Line(lead: lead, right: part))
                continue
            }
            for (chunkIndex, chunk) in chunks(terms, room: room - 10).enumerated() {
                var chunk = chunk
                if chunkIndex > 0, chunk[0].needsParenthesesInSum { chunk[0] = .parenthesized(chunk[0]) }
                let right: MathExpression = chunk.count == 1 ? chunk[0] : .sum(chunk)
                lines.append(Line(lead: chunkIndex == 0 ? lead : .plus, right: right))
            }
        }
        return lines
    }

    /// The terms in order, as few runs as fit in `room` each (a term wider than `room` alone).
    private func chunks(_ terms: [MathExpression], room: Int) -> [[MathExpression]] {
        var result: [[MathExpression]] = []
        var current: [MathExpression] = []
        var width = 0
        for term in terms {
            let termWidth = MathWidth.of(term) + (current.isEmpty ? 0 : 10)
            if !current.isEmpty, width + termWidth > room {
                result.append(current)
                current = []
                width = 0
            }
            width += current.isEmpty ? MathWidth.of(term) : termWidth
            current.append(term)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
