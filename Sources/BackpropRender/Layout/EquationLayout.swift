/// Breaks a display equation `a = b = c = d` into lines when it is too wide for a page: one
/// line per `=` (textbook style: formula, then numbers, then value), and a sum or product that
/// is still too wide continued over several lines.
///
/// Shared by every format that lays out display math itself (LaTeX `align*`, MathML tables, the
/// text format), so all break the same equations in the same places, each measuring in its own
/// units (``Metrics``).
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
            /// The rest of a sum too long for one line whose next term is subtracted: `− …`.
            case minus
            /// The rest of a product too long for one line: `· …`.
            case times
            /// A formula that is not an equation: no left side, no sign.
            case none
        }

        let lead: Lead
        let right: MathExpression
    }

    /// How wide things are in one medium.
    struct Metrics: Sendable {
        /// The width of an expression.
        let measure: @Sendable (MathExpression) -> Int
        /// What `=` and the space around it add.
        let equals: Int
        /// What a continuation line's `+` adds before its terms, beyond the `=` lines' indent.
        let plus: Int
        /// What ` + ` between two terms of a sum adds.
        let separator: Int

        /// Display math on a page, in ``MathWidth`` units (tenths of an em).
        static let page = Metrics(measure: MathWidth.of, equals: 13, plus: 10, separator: 10)
    }

    /// The widest a line may be, in the units of ``metrics``.
    let maximumWidth: Int
    let metrics: Metrics

    init(maximumWidth: Int, metrics: Metrics = .page) {
        self.maximumWidth = maximumWidth
        self.metrics = metrics
    }

    /// About 36 em: fits a 160 mm text block at 11 pt with room to spare.
    static let page = EquationLayout(maximumWidth: 360)

    /// The width left of the `=` signs on every line after the first: the left side's, but at
    /// most a third of the line, so that a long left side leaves room for the right.
    func hangingIndent(_ left: MathExpression) -> Int {
        min(metrics.measure(left), maximumWidth / 3)
    }

    func lines(_ expression: MathExpression) -> [Line] {
        guard case let .equation(parts) = expression, parts.count >= 2 else {
            return [Line(lead: .none, right: expression)]
        }
        let left = parts[0]
        let rest = Array(parts.dropFirst())
        if metrics.measure(expression) <= maximumWidth {
            return [Line(lead: .leftSide(left), right: rest.count == 1 ? rest[0] : .equation(rest))]
        }
        let indent = hangingIndent(left) + metrics.equals
        var lines: [Line] = []
        for (index, part) in rest.enumerated() {
            let lead: Line.Lead = index == 0 ? .leftSide(left) : .equals
            let room = maximumWidth - indent
            if metrics.measure(part) > room, case let .product(factors) = part, factors.count > 1 {
                for (chunkIndex, chunk) in productChunks(factors, room: room - metrics.plus).enumerated() {
                    let right: MathExpression = chunk.count == 1 ? chunk[0] : .product(chunk)
                    lines.append(Line(lead: chunkIndex == 0 ? lead : .times, right: right))
                }
                continue
            }
            guard metrics.measure(part) > room, case let .sum(terms) = part, terms.count > 1 else {
                lines.append(Line(lead: lead, right: part))
                continue
            }
            for (chunkIndex, chunk) in chunks(terms, room: room - metrics.plus).enumerated() {
                var chunk = chunk
                var continuation = Line.Lead.plus
                if chunkIndex > 0, let subtracted = chunk[0].subtractedInSum {
                    chunk[0] = subtracted
                    continuation = .minus
                } else if chunkIndex > 0, chunk[0].needsParenthesesInSum {
                    chunk[0] = .parenthesized(chunk[0])
                }
                let right: MathExpression = chunk.count == 1 ? chunk[0] : .sum(chunk)
                lines.append(Line(lead: chunkIndex == 0 ? lead : continuation, right: right))
            }
        }
        return lines
    }

    /// The factors in order, as few runs as fit in `room` each (a factor wider than `room`
    /// alone). Products are short (the chain rule's three factors), so each run is measured whole.
    private func productChunks(_ factors: [MathExpression], room: Int) -> [[MathExpression]] {
        var result: [[MathExpression]] = []
        var current: [MathExpression] = []
        for factor in factors {
            if !current.isEmpty, metrics.measure(.product(current + [factor])) > room {
                result.append(current)
                current = []
            }
            current.append(factor)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// The terms in order, as few runs as fit in `room` each (a term wider than `room` alone).
    private func chunks(_ terms: [MathExpression], room: Int) -> [[MathExpression]] {
        var result: [[MathExpression]] = []
        var current: [MathExpression] = []
        var width = 0
        for term in terms {
            let termWidth = metrics.measure(term) + (current.isEmpty ? 0 : metrics.separator)
            if !current.isEmpty, width + termWidth > room {
                result.append(current)
                current = []
                width = 0
            }
            width += current.isEmpty ? metrics.measure(term) : termWidth
            current.append(term)
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
