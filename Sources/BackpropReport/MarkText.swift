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
        let atTheirDigits = NumberFormat(digits: verdict.number?.decimals ?? 9)
        let expected = verdict.expected.map(atTheirDigits.string) ?? ""
        switch verdict.mark {
        case .correct:
            if case let .accepted(diagnosis)? = verdict.note {
                return "correct (\(DiagnosisText.acceptance(diagnosis)))"
            }
            return "correct"
        case .carried:
            return "follows from your earlier values (exact: \(expected))"
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

    /// Why a term is not asked: "computed only with --update-biases".
    static func reason(_ option: TrainingOption, _ options: OptionNames) -> String {
        "computed only with \(options.option(option))"
    }
}
