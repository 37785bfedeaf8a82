import BackpropCheck
import BackpropRender

/// The words and symbols each mark is shown with in text.
enum MarkText {
    /// A symbol for the start of a verdict line: ✓, →, ✗, ?, ·, =.
    static func symbol(_ mark: Mark, style: TextStyle) -> String {
        switch mark {
        case .correct: return style.green("\u{2713}")
        case .carried: return style.yellow("\u{2192}")
        case .wrong: return style.red("\u{2717}")
        case .unknown: return style.red("?")
        case .notAsked: return style.dim("\u{00B7}")
        case .duplicate: return style.yellow("=")
        }
    }

    /// The mark in words, with what goes with it: the expected value, a suggestion, a reason.
    static func words(_ verdict: Verdict, style: TextStyle, options: OptionNames) -> String {
        let atTheirDigits = NumberFormat(digits: verdict.number.decimals)
        let expected = verdict.expected.map(atTheirDigits.string) ?? ""
        switch verdict.mark {
        case .correct:
            return "correct"
        case .carried:
            return "follows from your earlier values (exact: \(expected))"
        case .wrong:
            return style.red("wrong") + ", expected \(expected)"
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
