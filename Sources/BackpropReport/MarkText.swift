import BackpropCheck
import BackpropRender

/// The words and symbols each mark is shown with in text.
enum MarkText {
    /// A symbol for the start of a verdict line: ✓, →, ✗, ~, !, ?, ·, =.
    static func symbol(_ mark: Mark, style: TextStyle) -> String {
        switch mark {
        case .correct: return style.green("\u{2713}")
        case .carried: return style.yellow("\u{2192}")
        case .wrong: return style.red("\u{2717}")
        case .tooImprecise: return style.yellow("~")
        case .unreadable: return style.red("!")
        case .unknown: return style.red("?")
        case .notAsked: return style.dim("\u{00B7}")
        case .duplicate: return style.yellow("=")
        }
    }

    /// The answer as the student wrote it: `δ_o1 = 0.1441`, or an unreadable line's text.
    static func answer(_ verdict: Verdict) -> String {
        if case let .unreadable(unreadable)? = verdict.note {
            return UnreadableText.shown(verdict.answer, unreadable)
        }
        return UnreadableText.quoted(verdict.answer.name) + " = " + (verdict.number?.text ?? "")
    }

    /// The mark in words, with what goes with it: the expected value, a suggestion, a reason.
    static func words(
        _ verdict: Verdict, marking: MarkingRule, style: TextStyle, options: OptionNames
    ) -> String {
        let expected = verdict.expected.map { expectedText($0, written: verdict.number, marking: marking) } ?? ""
        switch verdict.mark {
        case .correct:
            if case let .accepted(diagnosis)? = verdict.note {
                return "correct (\(DiagnosisText.acceptance(diagnosis)))"
            }
            return "correct"
        case .carried:
            return "follows from your earlier values (exact: \(verdict.expected.map(exactText) ?? ""))"
        case .wrong:
            return style.red("wrong") + ", expected \(expected)"
        case .tooImprecise:
            let written = verdict.number.map { MarkingRuleText.written($0, marking) } ?? ""
            return "too imprecise to judge: \(written), \(MarkingRuleText.needed(marking))"
        case .unreadable:
            if case let .unreadable(unreadable)? = verdict.note {
                return style.red("unreadable") + ": " + UnreadableText.reason(unreadable)
            }
            return style.red("unreadable")
        case .unknown:
            if case let .didYouMean(name) = verdict.note {
                return "unknown name (did you mean \(name)?)"
            }
            return "unknown name"
        case .notAsked:
            if case let .notComputed(option) = verdict.note {
                return "not asked: \(reason(option, options))"
            }
            return "not asked: a given"
        case .duplicate:
            if case let .duplicate(line) = verdict.note {
                return "repeated: line \(line) already answers \(verdict.name); not judged"
            }
            return "repeated; not judged"
        }
    }

    /// The value a wrong answer should have been, as the student should have written it: at
    /// their own decimals, or more when the marking rule asks for more figures, its significant
    /// zeros kept (`0.0100`; `0.359` for a `0.4` written for 0.358916). A value that is a short
    /// number itself is shown as it is (`0.4` for w5).
    static func expectedText(_ value: Double, written: WrittenNumber?, marking: MarkingRule) -> String {
        let own = written?.decimals ?? NumberFormat.standard.digits
        let format: NumberFormat
        switch marking {
        case let .significantFigures(figures):
            format = .significant(figures, of: value, minimumDigits: own)
        case let .decimals(decimals):
            format = NumberFormat(digits: max(own, decimals), keepsTrailingZeros: true)
        }
        let exact = NumberFormat.exact(value)
        let exactDecimals = exact.split(separator: ".").dropFirst().first?.count ?? 0
        return exactDecimals <= format.digits && !exact.contains("e") ? exact : format.string(value)
    }

    /// The exact value beside a carried answer: nine significant figures, so that it never looks
    /// like a given it is close to (`0.29950229`, not `0.3`).
    static func exactText(_ value: Double) -> String {
        NumberFormat(digits: NumberFormat.significant(9, of: value).digits).string(value)
    }

    /// Why a term is not asked: "computed only with --update-biases".
    static func reason(_ option: TrainingOption, _ options: OptionNames) -> String {
        "computed only with \(options.option(option))"
    }
}
