import BackpropCheck

/// The precision floor in words, for worksheets, reports and the quiz.
package enum MarkingRuleText {
    /// "at least 3 significant figures", "at least 4 decimals".
    package static func phrase(_ rule: MarkingRule) -> String {
        switch rule {
        case let .significantFigures(figures):
            return "at least \(figures) significant figure\(figures == 1 ? "" : "s")"
        case let .decimals(decimals):
            return "at least \(decimals) decimal\(decimals == 1 ? "" : "s")"
        }
    }

    /// "at least 3 needed": the rule after a count in its own unit.
    static func needed(_ rule: MarkingRule) -> String {
        switch rule {
        case let .significantFigures(count), let .decimals(count): return "at least \(count) needed"
        }
    }

    /// The rule as a worksheet states it: "to at least 3 significant figures (a value that is
    /// exact, such as 0.05, may be shorter)".
    package static func instruction(_ rule: MarkingRule) -> String {
        "to \(phrase(rule)) (a value that is exact, such as 0.05, may be shorter)"
    }

    /// How precisely `number` is written, in the rule's terms: "1 significant figure",
    /// "2 decimals".
    static func written(_ number: WrittenNumber, _ rule: MarkingRule) -> String {
        switch rule {
        case .significantFigures:
            let figures = number.significantDigits
            return "\(figures) significant figure\(figures == 1 ? "" : "s")"
        case .decimals:
            let decimals = number.decimals
            return "\(decimals) decimal\(decimals == 1 ? "" : "s")"
        }
    }
}
