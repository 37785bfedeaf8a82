import BackpropCheck
import BackpropCore
import BackpropRender
import BackpropSupport

/// The quiz's words: the introduction, each prompt, what each answer got, and the summary.
package struct QuizText: Sendable {
    /// The step.
    package let trace: Trace
    /// The precision floor answers are judged with.
    package let marking: MarkingRule
    /// Colour, or none.
    package let style: TextStyle
    /// How the options the diagnoses mention are spelled.
    package let options: OptionNames
    private let formulas: FormulaText

    /// Words for a quiz over `trace`.
    package init(trace: Trace, marking: MarkingRule, style: TextStyle, options: OptionNames) {
        self.trace = trace
        self.marking = marking
        self.style = style
        self.options = options
        formulas = FormulaText(trace: trace)
    }

    /// What the quiz is, how to answer, and the givens.
    package func introduction(asked: Int, described: [String]) -> String {
        var text = style.bold(
            "Quiz: \(StepDescription.step(trace)) of \(StepDescription.network(trace))"
                + StepDescription.options(described) + ", term by term (\(asked) terms)."
        ) + "\n"
        text += Wrapping.lines(
            "Answer each \(MarkingRuleText.instruction(marking)). Type ? for a hint, reveal to "
                + "see the value, skip, back, or q to stop.",
            first: "", rest: ""
        ) + "\n\nThe network (given):\n"
        let items = trace.terms.filter { $0.formula == .given }.map {
            "\(trace.name(of: $0)) = \(NumberFormat.standard.string($0.value))"
        }
        var line = " "
        for (index, item) in items.enumerated() {
            let piece = " " + item + (index + 1 < items.count ? "," : "")
            if line.count + piece.count > 88 {
                text += line + "\n"
                line = " "
            }
            line += piece
        }
        return text + line + "\n"
    }

    /// The heading of `term`'s section, when it starts a new one after `previous`.
    package func section(of term: Int, after previous: Int?) -> String? {
        let section = trace.terms[term].section
        if let previous, trace.terms[previous].section == section { return nil }
        return "\n" + style.bold("== " + section.title(layerCount: trace.network.layerCount))
    }

    /// `[term 5 of 59] net_o1 = w*out + w*out + b*1`: where the quiz is and the formula's shape,
    /// the operands without their neurons.
    package func progress(_ term: Int, position: Int, of count: Int) -> String {
        let shape = formulas.written(trace.terms[term]) { operand in
            switch trace.symbol(of: trace.terms[operand]) {
            case let .quantity(symbol): return .symbol(Self.bare(symbol))
            case let .partial(numerator, denominator): return .partial(Self.bare(numerator), Self.bare(denominator))
            case let other: return MathExpression(other)
            }
        }
        return style.dim("[term \(position + 1) of \(count)]") + " \(name(term)) = \(shape)"
    }

    /// The prompt an answer is typed after: `net_o1 = `.
    package func prompt(_ term: Int) -> String { "\(name(term)) = " }

    /// What the quiz says to a response.
    package func response(_ response: QuizResponse, term: Int?, ownValues: () -> [Double]) -> String? {
        switch response {
        case let .judged(verdict, diagnosis):
            return judged(verdict, diagnosis)
        case let .hint(level):
            guard let term else { return nil }
            if level == 1 { return "hint: \(name(term)) = \(formulas.symbolic(trace.terms[term]))" }
            let values = ownValues()
            let numbers = formulas.written(trace.terms[term]) {
                .number(NumberFormat.standard.string(values[$0]))
            }
            return "hint: \(name(term)) = \(numbers), from your values"
        case let .revealed(term):
            return "revealed: \(name(term)) = \(NumberFormat.standard.string(trace.terms[term].value))"
        case .atFirstTerm:
            return "This is the first term."
        case let .unreadable(unreadable):
            return MarkText.symbol(.unreadable, style: style) + " " + UnreadableText.reason(unreadable)
        case .help:
            return """
                Type the value (0.3775, -5.5e-4, 8.22x10^-2), or:
                  ?       a hint: the formula, then the formula with your numbers
                  reveal  show the value and go on
                  skip    go on, leaving this term as it is
                  back    the term before
                  q       stop (Ctrl-D too); your answers are kept with --save FILE
                """
        case .moved, .quit, .nothing:
            return nil
        }
    }

    private func judged(_ verdict: Verdict, _ diagnosis: Diagnosis?) -> String {
        let symbol = MarkText.symbol(verdict.mark, style: style) + " "
        switch verdict.mark {
        case .wrong:
            var text = symbol + style.red("not quite") + "."
            if let diagnosis, let term = verdict.term {
                text += " " + DiagnosisText(trace: trace, options: options).sentence(diagnosis, mistake: term)
            }
            return Wrapping.lines(
                text + " Try again, or ? for a hint, reveal, skip.", first: "", rest: "  "
            )
        case .tooImprecise:
            return symbol + MarkText.words(verdict, marking: marking, style: style, options: options)
                + "; write more digits."
        default:
            return symbol + MarkText.words(verdict, marking: marking, style: style, options: options)
        }
    }

    /// Where the student got to: "Score: 12 of 59 right, 1 wrong, 2 revealed, 44 not answered."
    package func summary(_ tally: QuizTally, finished: Bool) -> String {
        var text = finished ? "That was the last term.\n" : ""
        text += "Score: \(tally.right) of \(tally.total) right"
        if tally.wrong > 0 { text += ", \(tally.wrong) wrong" }
        if tally.imprecise > 0 { text += ", \(tally.imprecise) too imprecise" }
        if tally.revealed > 0 { text += ", \(tally.revealed) revealed" }
        if tally.blank > 0 { text += ", \(tally.blank) not answered" }
        return text + ".\n"
    }

    private func name(_ term: Int) -> String { trace.name(of: trace.terms[term]) }

    /// The symbol without the neuron or weight it is about: `w` for `w5`, `out` for `out_h1`;
    /// `E_total` keeps its subscript.
    private static func bare(_ symbol: MathSymbol) -> MathSymbol {
        MathSymbol(
            symbol.base, subscript: symbol.subscriptText == "total" ? "total" : nil,
            superscript: symbol.superscript
        )
    }
}
