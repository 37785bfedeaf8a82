import BackpropCore

/// A drill through one step, term by term in derivation order, judging each answer at once with
/// `check`'s marking (the precision floor, error carried forward).
///
/// It holds the student's answers and where they are; it prints nothing. A right answer moves
/// on; a wrong one stays on the term, for another try, a hint or `reveal`.
package struct QuizSession: Sendable {
    /// What the student has done with one term.
    package enum Entry: Sendable, Equatable {
        /// Their latest answer.
        case answered(WrittenNumber)
        /// They asked to see the value.
        case revealed
    }

    /// The judge, and through it the step.
    package let checker: Checker
    /// The position in ``asked`` of the term being asked; ``asked``'s count when the end is
    /// reached.
    package private(set) var position: Int
    /// What the student has done with each term (by index in the trace).
    package private(set) var entries: [Int: Entry]
    /// How each answered term was last judged.
    package private(set) var marks: [Int: Mark]
    /// The hints shown for the current term so far (0, 1 or 2).
    package private(set) var hintLevel = 0

    /// A session over `checker`'s step, carrying on from `entries` (a resumed session): it
    /// starts at the first term that is neither right nor revealed.
    package init(checker: Checker, entries: [Int: Entry] = [:]) {
        self.checker = checker
        self.entries = entries
        self.marks = [:]
        self.position = 0
        if entries.contains(where: { if case .answered = $0.value { true } else { false } }) {
            marks = judgeAll().marks
        }
        position = asked.firstIndex { !isDone($0) } ?? asked.count
    }

    /// The step.
    package var trace: Trace { checker.trace }
    /// The terms asked, in order.
    package var asked: [Int] { checker.asked }
    /// The term being asked, or nil at the end.
    package var current: Int? { position < asked.count ? asked[position] : nil }

    /// The student's answers as values, for saving.
    package var written: [Int: WrittenNumber] {
        var written: [Int: WrittenNumber] = [:]
        for (term, entry) in entries {
            if case let .answered(number) = entry { written[term] = number }
        }
        return written
    }

    /// The step as the student's own answers make it (for a hint with their numbers).
    package func ownValues() -> [Double] { checker.ownValues(written) }

    /// Handles one line the student typed.
    package mutating func respond(_ input: QuizInput) -> QuizResponse {
        switch input {
        case .quit: return .quit
        case .help: return .help
        case .nothing: return .nothing
        case let .unreadable(problem): return .unreadable(problem)
        case .back:
            guard position > 0 else { return .atFirstTerm }
            move(to: min(position, asked.count) - 1)
            return .moved
        case .skip:
            guard current != nil else { return .nothing }
            move(to: position + 1)
            return .moved
        case .hint:
            guard current != nil else { return .nothing }
            hintLevel = min(hintLevel + 1, 2)
            return .hint(level: hintLevel)
        case .reveal:
            guard let term = current else { return .nothing }
            entries[term] = .revealed
            marks[term] = nil
            move(to: position + 1)
            return .revealed(term)
        case let .answer(number):
            guard let term = current else { return .nothing }
            entries[term] = .answered(number)
            let (marks, report) = judgeAll()
            self.marks = marks
            guard let verdict = report.verdicts.first(where: { $0.term == term }) else { return .nothing }
            let diagnosis = report.mistakes.first { mistake in
                mistake.verdicts.contains { $0.term == term }
            }?.diagnosis
            if verdict.mark == .correct || verdict.mark == .carried { move(to: position + 1) }
            return .judged(verdict, diagnosis: diagnosis)
        }
    }

    /// Where the session stands.
    package var tally: QuizTally {
        var tally = QuizTally()
        tally.total = asked.count
        for term in asked {
            switch entries[term] {
            case nil: tally.blank += 1
            case .revealed?: tally.revealed += 1
            case .answered?:
                switch marks[term] {
                case .correct?, .carried?: tally.right += 1
                case .tooImprecise?: tally.imprecise += 1
                default: tally.wrong += 1
                }
            }
        }
        return tally
    }

    private mutating func move(to newPosition: Int) {
        position = min(max(newPosition, 0), asked.count)
        hintLevel = 0
    }

    private func isDone(_ term: Int) -> Bool {
        switch entries[term] {
        case .revealed?: return true
        case .answered?: return marks[term] == .correct || marks[term] == .carried
        case nil: return false
        }
    }

    /// Every answer judged together, as `check` would judge the saved sheet.
    private func judgeAll() -> (marks: [Int: Mark], report: CheckReport) {
        let answers = written.sorted { $0.key < $1.key }.map { term, number in
            Answer(line: term + 1, name: trace.name(of: trace.terms[term]), number: number)
        }
        let report = checker.check(AnswerSheet(source: "quiz", answers: answers), explain: .all)
        var marks: [Int: Mark] = [:]
        for verdict in report.verdicts {
            if let term = verdict.term { marks[term] = verdict.mark }
        }
        return (marks, report)
    }
}
