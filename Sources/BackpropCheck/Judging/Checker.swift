import BackpropCore

/// Judges answer sheets against one traced step, the way a good marker would.
///
/// Each answer is judged at the precision it was written to. A value that is not the exact one
/// but follows from the student's own earlier values is ``Mark/carried`` if one of those was
/// wrong, and ``Mark/correct`` if they were only rounded. The first wrong answer in derivation
/// order is explained with a diagnosis from the ``Slip`` catalogue.
public struct Checker: Sendable {
    /// The step the answers are judged against.
    public let trace: Trace
    private let derivations: Derivations
    private let lookup: TermLookup
    private let groups: TermGroups
    private let other: (trace: Trace, derivations: Derivations)?

    /// A checker for `trace`'s first step.
    ///
    /// It also runs the engine once with the other `hiddenUses` (to recognise that slip) and,
    /// without `updateBiases`, once with it (to tell a bias update from an unknown name).
    public init(trace: Trace) {
        self.trace = trace
        derivations = Derivations(terms: trace.terms)
        groups = TermGroups(trace.terms)
        let single = TrainingOptions(
            hiddenUses: trace.options.hiddenUses, updateBiases: trace.options.updateBiases
        )
        var otherOptions = single
        otherOptions.hiddenUses = single.hiddenUses == .original ? .updated : .original
        if let otherTrace = try? Engine.run(trace.setup, options: otherOptions),
           otherTrace.terms.map(\.id) == trace.terms.map(\.id) {
            other = (otherTrace, Derivations(terms: otherTrace.terms))
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

    /// Judges every answered line of `sheet`.
    public func check(_ sheet: AnswerSheet) -> CheckReport {
        var written: [Int: WrittenNumber] = [:]
        var firstLine: [Int: Int] = [:]
        var resolutions: [(answer: Answer, number: WrittenNumber, resolution: NameResolution)] = []
        var blank = 0
        for answer in sheet.answers {
            guard let number = answer.number else {
                blank += 1
                continue
            }
            let resolution = lookup.resolve(answer.name)
            if case let .term(index) = resolution, firstLine[index] == nil {
                firstLine[index] = answer.line
                written[index] = number
            }
            resolutions.append((answer, number, resolution))
        }
        let world = StudentWorld(terms: trace.terms, derivations: derivations, written: written)
        let judgements = judge(written: written, world: world)
        var verdicts: [Verdict] = []
        for (answer, number, resolution) in resolutions {
            verdicts.append(verdict(answer, number, resolution, judgements, firstLine))
        }
        let firstWrong = judgements.keys.sorted().first { judgements[$0]?.mark == .wrong }
        let mistake = firstWrong.flatMap { index -> Mistake? in
            guard let verdict = verdicts.first(where: { $0.term == index && $0.mark == .wrong }),
                  let number = written[index] else { return nil }
            return Mistake(
                verdict: verdict, term: index,
                diagnosis: diagnose(index, number: number, world: world, written: written)
            )
        }
        return CheckReport(
            source: sheet.source, verdicts: verdicts, firstMistake: mistake,
            score: Score(verdicts: verdicts, blank: blank)
        )
    }

    private struct Judgement {
        let mark: Mark
        let fromOwnValues: Double?
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
            let judgement = judge(number, exact: term.value, formulas: formulas, world: world) {
                $0.operands.contains { tainted[$0] }
            }
            judgements[index] = judgement
            tainted[index] = judgement.mark == .wrong || judgement.mark == .carried
        }
        return judgements
    }

    private func judge(
        _ number: WrittenNumber, exact: Double, formulas: [Formula], world: StudentWorld,
        isTainted: (Formula) -> Bool
    ) -> Judgement {
        if number.agrees(with: exact) {
            return Judgement(mark: formulas.isEmpty ? .notAsked : .correct, fromOwnValues: nil)
        }
        for formula in formulas {
            let own = world.evaluate(formula)
            guard number.agrees(with: own, allowance: world.allowance(for: formula)) else {
                continue
            }
            return isTainted(formula)
                ? Judgement(mark: .carried, fromOwnValues: own)
                : Judgement(mark: .correct, fromOwnValues: nil)
        }
        return Judgement(mark: .wrong, fromOwnValues: nil)
    }

    private func verdict(
        _ answer: Answer, _ number: WrittenNumber, _ resolution: NameResolution,
        _ judgements: [Int: Judgement], _ firstLine: [Int: Int]
    ) -> Verdict {
        func make(
            _ term: Int?, _ name: String, _ mark: Mark, expected: Double? = nil,
            own: Double? = nil, note: Verdict.Note? = nil
        ) -> Verdict {
            Verdict(
                answer: answer, number: number, term: term, name: name, mark: mark,
                expected: expected, fromOwnValues: own, note: note
            )
        }
        switch resolution {
        case let .unknown(suggestion):
            return make(nil, answer.name, .unknown, note: suggestion.map(Verdict.Note.didYouMean))
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
            let judgement = judgements[index] ?? Judgement(mark: .wrong, fromOwnValues: nil)
            return make(
                index, name, judgement.mark, expected: term.value,
                own: judgement.fromOwnValues, note: judgement.mark == .notAsked ? .given : nil
            )
        }
    }

    private func diagnose(
        _ index: Int, number: WrittenNumber, world: StudentWorld, written: [Int: WrittenNumber]
    ) -> Diagnosis? {
        let otherOrdering = other.map { other in
            OtherOrdering(
                trace: other.trace, derivations: other.derivations,
                world: StudentWorld(
                    terms: other.trace.terms, derivations: other.derivations, written: written
                )
            )
        }
        let context = DiagnosisContext(
            trace: trace, index: index, number: number, world: world, derivations: derivations,
            otherOrdering: otherOrdering, groups: groups
        )
        return SlipCatalogue().diagnose(context)
    }
}
