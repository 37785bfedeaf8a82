import BackpropCheck
import BackpropCore
import Testing

/// The quiz's state: right answers move on, wrong ones stay, hints, reveal, skip and back, and a
/// resumed session starts where the student stopped.
@Suite struct QuizSessionTests {
    static let checker = Checker(trace: Sheets.reference)

    func name(_ session: QuizSession) -> String? {
        session.current.map { session.trace.name(of: session.trace.terms[$0]) }
    }

    @Test func rightMovesOnWrongStays() throws {
        var session = QuizSession(checker: Self.checker)
        #expect(name(session) == "net_h1")
        #expect(session.asked.count == 59)
        guard case let .judged(right, _) = session.respond(QuizInput("0.3775")) else {
            Issue.record("judged")
            return
        }
        #expect(right.mark == .correct)
        #expect(name(session) == "out_h1")
        guard case let .judged(wrong, diagnosis) = session.respond(QuizInput("0.5932")) else {
            Issue.record("judged")
            return
        }
        #expect(wrong.mark == .wrong)
        #expect(diagnosis?.slip == .roundingOnly)
        #expect(name(session) == "out_h1")
        guard case let .judged(short, _) = session.respond(QuizInput("0.59")) else {
            Issue.record("judged")
            return
        }
        #expect(short.mark == .tooImprecise)
        #expect(name(session) == "out_h1", "too imprecise stays")
        #expect(session.tally.imprecise == 1 && session.tally.right == 1)
    }

    @Test func hintsRevealSkipAndBack() {
        var session = QuizSession(checker: Self.checker)
        #expect(session.respond(.back) == .atFirstTerm)
        #expect(session.respond(.hint) == .hint(level: 1))
        #expect(session.respond(.hint) == .hint(level: 2))
        #expect(session.respond(.hint) == .hint(level: 2))
        let first = session.current
        #expect(session.respond(.reveal) == .revealed(first ?? -1))
        #expect(session.hintLevel == 0)
        #expect(name(session) == "out_h1")
        #expect(session.respond(.skip) == .moved)
        #expect(name(session) == "net_h2")
        #expect(session.respond(.back) == .moved)
        #expect(name(session) == "out_h1")
        #expect(session.tally.revealed == 1 && session.tally.blank == 58)
        #expect(session.respond(QuizInput("q")) == .quit)
        #expect(session.respond(QuizInput("")) == .nothing)
        #expect(session.respond(QuizInput("0,59")) == .unreadable(Unreadable("0,59", .decimalComma(suggestion: "0.59"))))
    }

    /// Issue 20 in the quiz: an exact short answer (0.05 = i1) lends no slack to the next.
    @Test func anExactShortAnswerLendsNoSlack() throws {
        let trace = Sheets.reference
        let delta = try #require(trace.index(named: "delta_h1"))
        let input = try #require(trace.index(named: "dnet_h1/dw1"))
        let gradient = try #require(trace.index(named: "dE_total/dw1"))
        var session = QuizSession(checker: Self.checker, entries: [
            delta: .answered(try #require(WrittenNumber("0.008771"))),
            input: .answered(try #require(WrittenNumber("0.05"))),
        ])
        while let current = session.current, current != gradient { _ = session.respond(.skip) }
        guard case let .judged(verdict, _) = session.respond(QuizInput("0.000480")) else {
            Issue.record("judged")
            return
        }
        #expect(verdict.mark == .wrong)
        guard case let .judged(right, _) = session.respond(QuizInput("0.0004386")) else {
            Issue.record("judged")
            return
        }
        #expect(right.mark == .correct)
    }

    @Test func anEarlyMistakeKeptIsCarriedForward() throws {
        var session = QuizSession(checker: Self.checker)
        _ = session.respond(QuizInput("0.0275"))
        #expect(session.respond(.skip) == .moved)
        guard case let .judged(verdict, _) = session.respond(QuizInput("0.506874567")) else {
            Issue.record("judged")
            return
        }
        #expect(verdict.mark == .carried)
        #expect(name(session) == "net_h2")
        #expect(session.tally.wrong == 1 && session.tally.right == 1)
    }

    @Test func aResumedSessionStartsAtTheFirstTermNotYetRight() throws {
        let trace = Sheets.reference
        func index(_ name: String) throws -> Int { try #require(trace.index(named: name)) }
        let entries: [Int: QuizSession.Entry] = [
            try index("net_h1"): .answered(try #require(WrittenNumber("0.3775"))),
            try index("out_h1"): .revealed,
            try index("net_h2"): .answered(try #require(WrittenNumber("0.9"))),
        ]
        let session = QuizSession(checker: Self.checker, entries: entries)
        #expect(name(session) == "net_h2")
        #expect(session.tally == QuizTally(total: 59, right: 1, wrong: 1, imprecise: 0, revealed: 1, blank: 56))
    }

    @Test func commandsAndAnswersAsTyped() throws {
        #expect(QuizInput("?") == .hint)
        #expect(QuizInput("  Reveal ") == .reveal)
        #expect(QuizInput("net_h1 = 0.3775") == .answer(try #require(WrittenNumber("0.3775"))))
        #expect(QuizInput("≈ 0.3775") == .answer(try #require(WrittenNumber("0.3775"))))
        #expect(QuizInput(String(repeating: "9", count: 1001)) == .unreadable(
            Unreadable(String(repeating: "9", count: 60), .tooLong)
        ))
    }
}
