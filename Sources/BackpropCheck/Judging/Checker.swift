import BackpropCore

/// Judges answer sheets against one traced step, the way a good marker would.
///
/// Each answer is judged at the precision it was written to. A value that is not the exact one
/// but follows from the student's own earlier values is ``Mark/carried`` if one of those was
/// wrong, and ``Mark/correct`` if they were only rounded. A right value written less precisely
/// than the ``MarkingRule`` asks is ``Mark/tooImprecise``. Wrong answers are explained in
/// derivation order with a diagnosis from the ``Slip`` catalogue.
///
/// The work is linear in the size of the network and of the sheet: every lookup goes through
/// an index, and each slip tries a bounded number of alternatives per operand.
package struct Checker: Sendable {
    /// The step the answers are judged against.
    package let trace: Trace
    /// How precisely values must be written.
    package let marking: MarkingRule
    /// The terms the step asks for (every term that is not a given), in derivation order.
    package let asked: [Int]
    private let derivations: Derivations
    private let lookup: TermLookup
    private let groups: TermGroups
    private let other: (trace: Trace, derivations: Derivations)?

    /// A checker for the first step of `trace`, an engine's trace, with the precision floor
    /// `marking`.
    ///
    /// It also runs the engine once with the other `hiddenUses` (to recognise that slip) and,
    /// without `updateBiases`, once with it (to tell a bias update from an unknown name). With a
    /// `gradientCheck` of the same step, its finite differences are terms too (see
    /// ``estimatedParameters(in:)``), and ``trace`` is the trace extended with them.
    package init(trace engineTrace: Trace, marking: MarkingRule = .standard, gradientCheck: GradientCheck? = nil) {
        let trace = gradientCheck.map(engineTrace.adding) ?? engineTrace
        self.trace = trace
        self.marking = marking
        asked = trace.terms.indices.filter { trace.terms[$0].formula != .given }
        derivations = Derivations(terms: trace.terms)
        groups = TermGroups(trace.terms)
        let single = TrainingOptions(
            hiddenUses: trace.options.hiddenUses, updateBiases: trace.options.updateBiases
        )
        var otherOptions = single
        otherOptions.hiddenUses = single.hiddenUses == .original ? .updated : .original
        if let otherTrace = try? Engine.run(trace.setup, options: otherOptions),
           otherTrace.terms.map(\.id) == engineTrace.terms.map(\.id) {
            let extended = gradientCheck.map(otherTrace.adding) ?? otherTrace
            other = (extended, Derivations(terms: extended.terms))
        } else {
            other = nil
        }
        var optional: [(TermID, TrainingOption)] = []
        if !single.updateBiases {
            var withBiases = single
            withBiases.updateBiases = true
            let ids = (try? Engine.run(trace.setup, options: withBiases))?.terms.map(\.id) ?? []
            optional = ids.map { ($0, .updateBiases) }
        }
        lookup = TermLookup(trace: trace, optional: optional)
    }

    /// The weights and biases whose finite differences (`E_total(w5+h)`, `E_total(w5-h)`,
    /// `DeltaE_total/Deltaw5`, in any spelling ``TermNaming/spellings(_:)`` gives) `sheets`
    /// name among the names that are no term of ``trace``, in the order of
    /// ``GradientCheck/entries``: what a ``GradientCheck`` must compute for this checker to judge
    /// them. Linear in the network's size, and free when every name is known.
    package func estimatedParameters(in sheets: [AnswerSheet]) -> [TermID] {
        let unknown = sheets.flatMap(\.answers).map(\.name).filter { name in
            var noSuggestions = 0
            if case .unknown = lookup.resolve(name, suggestionBudget: &noSuggestions) { return true }
            return false
        }
        guard !unknown.isEmpty else { return [] }
        let names = EstimateNames(trace: trace)
        let asked = Set(unknown.compactMap(names.parameter(named:)))
        return names.parameters.filter(asked.contains)
    }

    /// The term a written name means, or why it means none.
    package func resolve(_ name: String) -> NameResolution {
        var budget = TermLookup.suggestionBudget
        return lookup.resolve(name, suggestionBudget: &budget)
    }

    /// Judges every answered line of `sheet`, explaining the first wrong answer or all of them;
    /// a slip repeated on several lines is explained once and counted as `sameSlip` says.
    package func check(
        _ sheet: AnswerSheet, explain: Explanation = .all, sameSlip: SameSlip = .each
    ) -> CheckReport {
        var written: [Int: WrittenNumber] = [:]
        var firstLine: [Int: Int] = [:]
        var resolutions: [(answer: Answer, resolution: NameResolution?)] = []
        var blank = 0
        var budget = TermLookup.suggestionBudget
        // A name written on many lines is looked up (and a suggestion for it sought) once.
        var resolved: [String: NameResolution] = [:]
        for answer in sheet.answers {
            var resolution: NameResolution?
            if case .blank = answer.value {
                blank += 1
                continue
            } else if !answer.name.isEmpty {
                resolution = resolved[answer.name] ?? lookup.resolve(answer.name, suggestionBudget: &budget)
                resolved[answer.name] = resolution
            }
            switch answer.value {
            case .blank:
                continue
            case .unreadable:
                resolutions.append((answer, resolution))
            case let .number(number):
                if case let .term(index) = resolution, firstLine[index] == nil {
                    firstLine[index] = answer.line
                    written[index] = number
                }
                resolutions.append((answer, resolution))
            }
        }
        var world = StudentWorld(terms: trace.terms, derivations: derivations, written: written)
        var judgements = judge(written: written, world: world)
        // A short value that a slip gives exactly is what the student computed with: judge again
        // without the slack its last digit would otherwise lend to everything after it.
        let slipped = Set(judgements.keys.filter { judgements[$0]?.slipExactly == true })
        if !slipped.isEmpty {
            world = StudentWorld(
                terms: trace.terms, derivations: derivations, written: written, exactly: slipped
            )
            judgements = judge(written: written, world: world)
        }
        var verdicts: [Verdict] = []
        var verdictOfTerm: [Int: Int] = [:]
        for (answer, resolution) in resolutions {
            let verdict = verdict(answer, resolution, judgements, firstLine)
            if let term = verdict.term, verdict.mark == .wrong, verdictOfTerm[term] == nil {
                verdictOfTerm[term] = verdicts.count
            }
            verdicts.append(verdict)
        }
        let wrong = judgements.keys.filter { judgements[$0]?.mark == .wrong }.sorted()
        let otherOrdering = wrong.isEmpty ? nil : other.map { other in
            OtherOrdering(
                trace: other.trace, derivations: other.derivations,
                world: StudentWorld(
                    terms: other.trace.terms, derivations: other.derivations, written: written,
                    exactly: slipped
                )
            )
        }
        let diagnosed = wrong.compactMap { index -> (term: Int, verdict: Verdict, Diagnosis?)? in
            guard let position = verdictOfTerm[index], let number = written[index] else { return nil }
            let context = context(index, number, world, otherOrdering)
            return (index, verdicts[position], SlipCatalogue().diagnose(context))
        }
        var mistakes = Mistake.grouped(diagnosed)
        let distinct = mistakes.count
        if explain == .first { mistakes = Array(mistakes.prefix(1)) }
        return CheckReport(
            source: sheet.source, verdicts: verdicts, mistakes: mistakes, distinctMistakes: distinct,
            score: Score(verdicts: verdicts, blank: blank), asked: asked.count, marking: marking,
            sameSlip: sameSlip
        )
    }

    /// The step as the student computed it from `written` values: theirs where written, and the
    /// rest recomputed from them with the engine's functions (for hints that show their numbers).
    package func ownValues(_ written: [Int: WrittenNumber]) -> [Double] {
        StudentWorld(terms: trace.terms, derivations: derivations, written: written).values
    }

    private struct Judgement {
        let mark: Mark
        let fromOwnValues: Double?
        var note: Verdict.Note?
        /// Whether terms computed from this one follow from a mistake.
        var taints: Bool
        /// Wrong because a known slip gives the (short) written value exactly.
        var slipExactly = false
    }

    /// Marks every written term in derivation order, tracking which values are tainted by an
    /// earlier mistake.
    private func judge(written: [Int: WrittenNumber], world: StudentWorld) -> [Int: Judgement] {
        var judgements: [Int: Judgement] = [:]
        var tainted = Array(repeating: false, count: trace.terms.count)
        for (index, term) in trace.terms.enumerated() {
            let formulas = derivations.formulas(of: index)
            guard let number = written[index] else {
                tainted[index] = formulas.first?.operands.contains { tainted[$0] } ?? false
                continue
            }
            let judgement = judge(number, term: index, exact: term.value, formulas: formulas, world: world) {
                $0.operands.contains { tainted[$0] }
            }
            judgements[index] = judgement
            tainted[index] = judgement.taints
        }
        return judgements
    }

    private func judge(
        _ number: WrittenNumber, term index: Int, exact: Double, formulas: [Formula],
        world: StudentWorld, isTainted: (Formula) -> Bool
    ) -> Judgement {
        // Written to the marking rule's figures, or as the exact value itself (`0.05` for i1).
        let precise = marking.admits(number) || number.isExactly(exact)
        /// Whether `number` may stand for `value`: it rounds to it, except that a zero written
        /// with too few figures stands only for a zero (a `0` for 0.3 is wrong, not imprecise).
        func standsFor(_ value: Double, allowance: Double = 0) -> Bool {
            if number.value == 0, !precise {
                return abs(value) <= allowance + WrittenNumber.zeroNoise
            }
            return number.agrees(with: value, allowance: allowance)
        }
        func right(carried: Bool, own: Double?, note: Verdict.Note? = nil) -> Judgement {
            guard precise else {
                // Short, but exactly what a known slip gives: that slip, not imprecision (unless
                // it is exactly what the student's own values give: a 0 after a slip that zeroed
                // a factor follows from it, though it shows too few figures to earn a mark).
                let followsExactly = own.map(number.isExactly) ?? false
                let slipContext = self.context(index, number, world, nil)
                if !followsExactly, SlipCatalogue().diagnose(slipContext, exactOnly: true) != nil {
                    return Judgement(
                        mark: .wrong, fromOwnValues: nil, note: nil, taints: true, slipExactly: true
                    )
                }
                return Judgement(mark: .tooImprecise, fromOwnValues: nil, note: nil, taints: carried)
            }
            return Judgement(
                mark: carried ? .carried : .correct, fromOwnValues: carried ? own : nil,
                note: note, taints: carried
            )
        }
        if standsFor(exact) {
            if formulas.isEmpty {
                return Judgement(mark: .notAsked, fromOwnValues: nil, note: .given, taints: false)
            }
            return right(carried: false, own: nil)
        }
        for formula in formulas {
            let own = world.evaluate(formula)
            guard standsFor(own, allowance: world.allowance(for: formula)) else { continue }
            return right(carried: isTainted(formula), own: own)
        }
        let context = context(index, number, world, nil)
        if let accepted = SlipCatalogue().accepted(context) {
            return right(
                carried: formulas.contains(where: isTainted), own: nil, note: .accepted(accepted)
            )
        }
        return Judgement(mark: .wrong, fromOwnValues: nil, note: nil, taints: true)
    }

    private func context(
        _ index: Int, _ number: WrittenNumber, _ world: StudentWorld, _ otherOrdering: OtherOrdering?
    ) -> DiagnosisContext {
        DiagnosisContext(
            trace: trace, index: index, number: number, world: world, derivations: derivations,
            otherOrdering: otherOrdering, groups: groups
        )
    }

    private func verdict(
        _ answer: Answer, _ resolution: NameResolution?, _ judgements: [Int: Judgement],
        _ firstLine: [Int: Int]
    ) -> Verdict {
        func make(
            _ term: Int?, _ name: String, _ mark: Mark, expected: Double? = nil,
            own: Double? = nil, note: Verdict.Note? = nil
        ) -> Verdict {
            Verdict(
                answer: answer, number: answer.number, term: term, name: name, mark: mark,
                expected: expected, fromOwnValues: own, note: note
            )
        }
        if case let .unreadable(problem) = answer.value {
            var term: Int?
            var name = answer.name
            if case let .term(index)? = resolution {
                term = index
                name = trace.name(of: trace.terms[index])
            }
            return make(term, name, .unreadable, note: .unreadable(problem))
        }
        switch resolution {
        case nil, .unknown(nil):
            return make(nil, answer.name, .unknown)
        case let .unknown(suggestion?):
            return make(nil, answer.name, .unknown, note: .didYouMean(suggestion))
        case let .notAsked(name, option):
            return make(nil, name, .notAsked, note: .notComputed(option: option))
        case let .term(index):
            let term = trace.terms[index]
            let name = trace.name(of: term)
            if let line = firstLine[index], line != answer.line {
                return make(
                    index, name, .duplicate, expected: term.value, note: .duplicate(ofLine: line)
                )
            }
            let judgement = judgements[index]
                ?? Judgement(mark: .wrong, fromOwnValues: nil, note: nil, taints: true)
            return make(
                index, name, judgement.mark, expected: term.value, own: judgement.fromOwnValues,
                note: judgement.note
            )
        }
    }
}
