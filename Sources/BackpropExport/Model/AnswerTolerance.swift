import BackpropCheck
import BackpropRender

/// The marking rule as an interval around a value: an answer written the way the rule asks,
/// and rounded right, lies within half a unit of its last digit.
package enum AnswerTolerance {
    /// How `value` is written to the figures `rule` asks for: 3 significant figures of 0.08216
    /// are `0.0822`, 4 decimals `0.0822`; a value that rounds up a decade (0.09996 → `0.100`)
    /// keeps the figures of its rounding, as ``NumberFormat/significant(_:of:minimumDigits:)``
    /// and `check` count them.
    package static func format(_ rule: MarkingRule, of value: Double) -> NumberFormat {
        switch rule {
        case let .significantFigures(figures): return .significant(figures, of: value)
        case let .decimals(decimals): return NumberFormat(digits: decimals, keepsTrailingZeros: true)
        }
    }

    /// Half a unit of the last digit `rule` asks for at `value`: 0.00005 for 0.08216 at 3
    /// significant figures. Zero under a significant-figures rule has no figures: only 0 itself
    /// is right (tolerance 0), as `check` takes a zero to stand only for a zero.
    package static func tolerance(_ rule: MarkingRule, of value: Double) -> Double {
        if value == 0, case .significantFigures = rule { return 0 }
        return Double("5e-\(format(rule, of: value).digits + 1)") ?? 0
    }
}
