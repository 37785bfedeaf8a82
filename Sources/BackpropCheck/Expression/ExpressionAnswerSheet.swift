import BackpropCore
import BackpropSupport

/// A sheet of answers for an expression: `name = value` lines for values (`c = -2`, also
/// `c.data`) and gradients (`dg/dc`, `∂g/∂c`, `c.grad`); `#` comments, blank lines and blank
/// answers (`c =`) are skipped. Linear in the sheet's length.
package struct ExpressionAnswerSheet: Sendable {
    package let answers: [ExpressionAnswer]
    package let unreadable: [ExpressionUnreadable]

    /// Reads `text` against the nodes of `trace`.
    package init(_ text: String, trace: ExpressionTrace) {
        var nodes: [String: Int] = [:]
        for (index, name) in trace.names.enumerated() { if let name { nodes[name] = index } }
        let output = trace.names[trace.output] ?? ""
        var answers: [ExpressionAnswer] = []
        var unreadable: [ExpressionUnreadable] = []
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?
                .trimmingSpaces ?? ""
            guard !line.isEmpty else { continue }
            let parts = line.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            guard parts.count == 2, !parts[0].isEmpty else {
                unreadable.append(ExpressionUnreadable(line: offset + 1, text: String(rawLine), reason: .notAnAnswer))
                continue
            }
            guard !parts[1].isEmpty else { continue }
            guard let quantity = Self.quantity(parts[0], nodes: nodes, output: output) else {
                let suggestion = Suggestion.closest(to: parts[0], among: trace.names.compactMap { $0 })
                unreadable.append(ExpressionUnreadable(line: offset + 1, text: String(rawLine), reason: .unknownName(parts[0], suggestion: suggestion)))
                continue
            }
            guard let written = WrittenNumber(parts[1]) else {
                unreadable.append(ExpressionUnreadable(line: offset + 1, text: String(rawLine), reason: .notANumber(parts[1])))
                continue
            }
            answers.append(ExpressionAnswer(line: offset + 1, name: parts[0], quantity: quantity, written: written))
        }
        self.answers = answers
        self.unreadable = unreadable
    }

    /// `c`, `c.data` → the value of c; `dg/dc`, `∂g/∂c`, `c.grad` → its gradient.
    private static func quantity(_ name: String, nodes: [String: Int], output: String) -> ExpressionAnswer.Quantity? {
        if let node = nodes[name] { return .value(node) }
        if name.hasSuffix(".data"), let node = nodes[String(name.dropLast(5))] { return .value(node) }
        if name.hasSuffix(".grad"), let node = nodes[String(name.dropLast(5))] { return .gradient(node) }
        for (top, bottom) in [("d", "/d"), ("∂", "/∂")] {
            let prefix = top + output + bottom
            if name.hasPrefix(prefix), let node = nodes[String(name.dropFirst(prefix.count))] { return .gradient(node) }
        }
        return nil
    }
}
