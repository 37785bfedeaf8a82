import BackpropCheck
import BackpropCore
import Foundation

/// Answer sheets for the reference network, built from worked cases.
enum Sheets {
    static let reference: Trace = {
        do { return try Engine.run(.reference) } catch { preconditionFailure("\(error)") }
    }()

    /// `value` with `decimals` decimals, as a student would write it.
    static func written(_ value: Double, decimals: Int = 9) -> String {
        String(format: "%.\(decimals)f", value)
    }

    /// Every computed term of `trace` in derivation order, as `name = value` lines: the values
    /// rounded to `decimals`, except those in `overrides` (written as given); lines stop before
    /// the term named `through`'s successor when `through` is given.
    static func text(
        _ trace: Trace = reference, decimals: Int = 9, overrides: [String: String] = [:],
        through last: String? = nil
    ) -> String {
        var lines: [String] = []
        for term in trace.terms where term.formula != .given {
            let name = trace.name(of: term)
            lines.append("\(name) = \(overrides[name] ?? written(term.value, decimals: decimals))")
            if name == last { break }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report on `text` checked against `trace`, with the precision floor `marking`.
    static func check(
        _ text: String, against trace: Trace = reference, marking: MarkingRule = .standard,
        explain: Explanation = .all
    ) -> CheckReport {
        Checker(trace: trace, marking: marking)
            .check(AnswerSheet(text: text, source: "answers.txt"), explain: explain)
    }
}

extension CheckReport {
    /// The verdict on the first line naming `name` (canonical or as written).
    func verdict(_ name: String) -> Verdict? {
        verdicts.first { $0.name == name || $0.answer.name == name }
    }

    /// The verdicts with `mark`.
    func marked(_ mark: Mark) -> [Verdict] { verdicts.filter { $0.mark == mark } }
}
