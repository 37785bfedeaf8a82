/// Mathematics with matrices for a terminal: each matrix a block of lines between tall
/// brackets, its numbers lined up on their decimal points, the operators beside its middle row.
/// An expression without a matrix is one line of ``LinearMathWriter``.
struct TextMathLayout: Sendable {
    let math: LinearMathWriter
    /// Whether to draw with `[`, `]`, `(`, `)` only.
    let ascii: Bool

    /// Lines of text and the row the surrounding operators sit on.
    struct Block {
        var lines: [String]
        var baseline: Int

        var width: Int { lines.map(\.count).max() ?? 0 }

        static func line(_ text: String) -> Block { Block(lines: [text], baseline: 0) }

        /// Blocks side by side, their baselines on one row.
        static func row(_ blocks: [Block]) -> Block {
            let above = blocks.map(\.baseline).max() ?? 0
            let below = blocks.map { $0.lines.count - 1 - $0.baseline }.max() ?? 0
            var lines = Array(repeating: "", count: above + below + 1)
            for block in blocks {
                let width = block.width, top = above - block.baseline
                for index in lines.indices {
                    let inner = index - top
                    lines[index] += (block.lines.indices.contains(inner) ? block.lines[inner] : "").padding(width)
                }
            }
            return Block(lines: lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }, baseline: above)
        }
    }

    /// The lines of `expression`.
    func block(_ expression: MathExpression) -> Block {
        guard expression.containsMatrix else { return .line(math.write(expression)) }
        switch expression {
        case let .matrix(rows):
            return matrix(rows)
        case let .product(factors):
            return joined(factors, " \(math.glyphs.times) ") { $0.needsParenthesesAsOperand }
        case let .sum(terms):
            return joined(terms, " + ") { _ in false }
        case let .difference(left, right):
            return .row([block(left), .line(" \(math.glyphs.minus) "), operand(right) { $0.needsParenthesesAsOperand }])
        case let .hadamard(factors):
            return joined(factors, math.glyphs.hadamard) { $0.needsParenthesesInHadamard }
        case let .parenthesized(inner):
            return parenthesized(block(inner))
        case let .equation(parts):
            return joined(parts, " = ") { _ in false }
        default:
            return parenthesized(.line(math.write(expression)))
        }
    }

    /// A display chain `a = b = c`, one step per line (matrices take several), indented.
    func chain(_ parts: [MathExpression], indent: String) -> String {
        guard let first = parts.first else { return "" }
        let left = math.write(first)
        var lines: [String] = []
        var previousWasTall = false
        for (index, part) in parts.dropFirst().enumerated() {
            let right = block(part)
            let lead = (index == 0 ? left : String(repeating: " ", count: left.count)) + " = "
            let tall = right.lines.count > 1
            if index > 0, tall || previousWasTall { lines.append("") }
            lines += Block.row([.line(lead), right]).lines.map { indent + $0 }
            previousWasTall = tall
        }
        return lines.joined(separator: "\n")
    }

    private func joined(
        _ items: [MathExpression], _ separator: String, parenthesize: (MathExpression) -> Bool
    ) -> Block {
        var blocks: [Block] = []
        for (index, item) in items.enumerated() {
            if index > 0 { blocks.append(.line(separator)) }
            blocks.append(operand(item, parenthesize))
        }
        return .row(blocks)
    }

    private func operand(_ item: MathExpression, _ parenthesize: (MathExpression) -> Bool) -> Block {
        parenthesize(item) ? parenthesized(block(item)) : block(item)
    }

    private func parenthesized(_ inner: Block) -> Block {
        let height = inner.lines.count
        let (left, right) = fences(height, open: ("(", "⎛", "⎜", "⎝"), close: (")", "⎞", "⎟", "⎠"))
        return Block(lines: inner.lines.indices.map { left[$0] + inner.lines[$0].padding(inner.width) + right[$0] }, baseline: inner.baseline)
    }

    private func matrix(_ rows: [[MathExpression]]) -> Block {
        let cells = rows.map { $0.map(math.write) }
        let columnCount = cells.map(\.count).max() ?? 0
        var columns = (0..<columnCount).map { column in cells.map { column < $0.count ? $0[column] : "" } }
        columns = columns.map(TextTableWriter.alignedOnPoints)
        let height = rows.count
        let (left, right) = fences(height, open: ("[", "⎡", "⎢", "⎣"), close: ("]", "⎤", "⎥", "⎦"))
        let lines = (0..<height).map { row in
            left[row] + columns.map { $0[row] }.joined(separator: "  ") + right[row]
        }
        return Block(lines: lines, baseline: (height - 1) / 2)
    }

    /// The left and right fence of each of `height` lines: one character, or the pieces of a
    /// tall bracket (plain ASCII repeats the one character).
    private func fences(
        _ height: Int, open: (String, String, String, String), close: (String, String, String, String)
    ) -> ([String], [String]) {
        guard height > 1, !ascii else {
            return (Array(repeating: open.0, count: height), Array(repeating: close.0, count: height))
        }
        func pieces(_ fence: (String, String, String, String)) -> [String] {
            [fence.1] + Array(repeating: fence.2, count: height - 2) + [fence.3]
        }
        return (pieces(open), pieces(close))
    }
}

extension MathExpression {
    /// Whether a matrix appears anywhere inside.
    var containsMatrix: Bool {
        switch self {
        case .matrix: return true
        case let .sum(items), let .product(items), let .equation(items), let .hadamard(items):
            return items.contains(where: \.containsMatrix)
        case let .difference(left, right): return left.containsMatrix || right.containsMatrix
        case let .negation(inner), let .parenthesized(inner), let .transposed(inner): return inner.containsMatrix
        default: return false
        }
    }
}
