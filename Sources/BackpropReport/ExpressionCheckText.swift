import BackpropCheck
import BackpropCore
import BackpropRender

/// `check --expr`'s report: a line per answer with its verdict, each mistake explained (with
/// its slip, when one gives the number), unreadable lines, and the score. The one place an
/// ``ExpressionSlip`` becomes a sentence.
package struct ExpressionCheckText: Sendable {
    package let trace: ExpressionTrace
    /// How exact values are written in the explanations.
    package let numbers: NumberFormat

    package init(trace: ExpressionTrace, numbers: NumberFormat) {
        self.trace = trace
        self.numbers = numbers
    }

    package func render(file: String, marks: [ExpressionChecker.Mark], unreadable: [ExpressionUnreadable]) -> String {
        var lines = ["\(file): \(marks.filter(\.isRight).count) of \(marks.count + unreadable.count) right"]
        var entries: [(line: Int, text: String)] = marks.map { ($0.answer.line, line($0)) }
        entries += unreadable.map { ($0.line, "line \($0.line): \(reason($0.reason))") }
        lines += entries.sorted { $0.line < $1.line }.map { "  " + $0.text }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ mark: ExpressionChecker.Mark) -> String {
        let head = "line \(mark.answer.line): \(mark.answer.name) = \(mark.answer.written.text): "
        switch mark.verdict {
        case .correct:
            return head + "right"
        case let .carried(own):
            return head + "follows from your earlier values (they give \(numbers.string(own))); the exact value is \(numbers.string(mark.expected))"
        case let .wrong(slip):
            return head + "wrong, the exact value is \(numbers.string(mark.expected))" + (slip.map { "; " + sentence($0, answer: mark.answer) } ?? "")
        }
    }

    private func name(_ node: Int) -> String { trace.names[node] ?? NumberFormat.exact(trace.nodes[node].value) }

    /// The slip in words.
    package func sentence(_ slip: ExpressionSlip, answer: ExpressionAnswer) -> String {
        var subject = "the node"
        if case let .gradient(node) = answer.quantity { subject = name(node) }
        switch slip {
        case let .fanOutPathLeftOut(consumer, uses):
            return "a fan-out path left out: \(subject) is used in \(uses) places and its gradient adds all \(uses) contributions; yours leaves out the one through \(name(consumer))"
        case let .powerRuleWithoutFactor(power, exponent):
            return "the power rule without its factor n: through \(name(power)), a power of \(NumberFormat.exact(exponent)), the slope is \(NumberFormat.exact(exponent)) times the base to the power \(NumberFormat.exact(exponent - 1))"
        case let .quotientRuleSign(quotient):
            return "the quotient rule's sign: through \(name(quotient)) the slope with respect to the denominator is minus the numerator over the denominator squared"
        case let .sigmoidSlopeAsValue(sigmoid):
            return "the sigmoid's slope taken as its value: through \(name(sigmoid)) the slope is σ(1 − σ), not σ"
        case let .chainFactorDropped(consumer, keptLocalDerivative):
            return keptLocalDerivative
                ? "a chain factor dropped: through \(name(consumer)) the local derivative must be multiplied by \(name(consumer))'s own gradient"
                : "a chain factor dropped: through \(name(consumer)) its gradient must be multiplied by the local derivative"
        }
    }

    private func reason(_ reason: ExpressionUnreadable.Reason) -> String {
        switch reason {
        case .notAnAnswer: return "not an answer: write NAME = VALUE"
        case let .unknownName(written, suggestion):
            return "the expression has no \(written)" + (suggestion.map { " (did you mean \($0)?)" } ?? "")
        case let .notANumber(text): return "'\(text)' is not a number"
        }
    }
}
