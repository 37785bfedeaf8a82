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
        ///
        /// A line gets spaces only before text that follows on it, never after its last text,
        /// so the cost is the size of the result: a tall block beside a wide one pads nothing.
        static func row(_ blocks: [Block]) -> Block {
            let above = blocks.map(\.baseline).max() ?? 0
            let below = blocks.map { $0.lines.count - 1 - $0.baseline }.max() ?? 0
            var lines = Array(repeating: "", count: above + below + 1)
            var lengths = Array(repeating: 0, count: lines.count)
            var column = 0
            for block in blocks {
                let top = above - block.baseline
                for (offset, text) in block.lines.enumerated() {
                    let piece = text.droppingTrailingSpaces
                    guard !piece.isEmpty else { continue }
                    let index = top + offset
                    lines[index] += String(repeating: " ", count: column - lengths[index]) + piece
                    lengths[index] = column + piece.count
                }
                column += block.width
            }
            return Block(lines: lines, baseline: above)
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

    /// The width of `block(expression)`, found without laying it out, so that measuring a
    /// step costs what its text costs, not its height times its width.
    func width(_ expression: MathExpression) -> Int {
        guard expression.containsMatrix else { return math.write(expression).count }
        switch expression {
        case let .matrix(rows):
            let cells = rows.map { $0.map(math.write) }
            let columnCount = cells.map(\.count).max() ?? 0
            let widths = (0..<columnCount).map { column in
                TextTableWriter.alignedOnPoints(cells.map { column < $0.count ? $0[column] : "" })
                    .map(\.count).max() ?? 0
            }
            return widths.reduce(0, +) + 2 * max(columnCount - 1, 0) + 2
        case let .product(factors):
            return joinedWidth(factors, " \(math.glyphs.times) ") { $0.needsParenthesesAsOperand }
        case let .sum(terms):
            return joinedWidth(terms, " + ") { _ in false }
        case let .difference(left, right):
            return width(left) + " \(math.glyphs.minus) ".count
                + operandWidth(right) { $0.needsParenthesesAsOperand }
        case let .hadamard(factors):
            return joinedWidth(factors, math.glyphs.hadamard) { $0.needsParenthesesInHadamard }
        case let .parenthesized(inner):
            return width(inner) + 2
        case let .equation(parts):
            return joinedWidth(parts, " = ") { _ in false }
        default:
            return math.write(expression).count + 2
        }
    }

    private func joinedWidth(
        _ items: [MathExpression], _ separator: String, parenthesize: (MathExpression) -> Bool
    ) -> Int {
        items.map { operandWidth($0, parenthesize) }.reduce(0, +)
            + separator.count * max(items.count - 1, 0)
    }

    private func operandWidth(_ item: MathExpression, _ parenthesize: (MathExpression) -> Bool) -> Int {
        width(item) + (parenthesize(item) ? 2 : 0)
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

extension String {
    /// Without the spaces at its end.
    fileprivate var droppingTrailingSpaces: Substring {
        let utf8 = self.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex, utf8[utf8.index(before: end)] == UInt8(ascii: " ") {
            end = utf8.index(before: end)
        }
        return self[..<end]
    }
}
