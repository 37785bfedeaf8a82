@testable import BackpropCheck
import BackpropCore
import Testing

/// `check` follows a later step of momentum or Adam: every state term is marked, a mistake is
/// carried forward, and the optimizers' own slips are named.
@Suite struct OptimizerSlipTests {
    static func trace(_ optimizer: Optimizer, step: Int, weightDecay: Double = 0) throws -> Trace {
        try Engine.run(
            .reference, options: TrainingOptions(steps: step, optimizer: optimizer, tracedStep: step, weightDecay: weightDecay)
        )
    }

    /// The sheet written right through `term`, which gets `written` instead.
    static func report(_ trace: Trace, _ term: String, _ written: Double) -> CheckReport {
        var text = Sheets.text(trace, through: term)
        text = text.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        text += "\(term) = \(Sheets.written(written))\n"
        return Sheets.check(text, against: trace)
    }

    @Test func aWholeSheetOfEveryStateTermIsRight() throws {
        let runs: [(Optimizer, Int, Double)] = [
            (.momentum(0.9), 3, 0), (.adam, 2, 0), (.nesterov(0.9), 3, 0.1), (.rmsprop, 2, 0), (.sgd, 2, 0.01),
            (.adam, 2, 0.01),
        ]
        for (optimizer, step, decay) in runs {
            let trace = try Self.trace(optimizer, step: step, weightDecay: decay)
            // Adam's smallest moments (about 1e-10) need more than 9 decimals to be judged.
            let report = Sheets.check(Sheets.text(trace, decimals: 16), against: trace)
            #expect(report.marked(.wrong).isEmpty)
            #expect(report.marked(.correct).count == trace.terms.filter { $0.formula != .given }.count)
        }
    }

    @Test func momentumLeftOut() throws {
        let trace = try Self.trace(.momentum(0.9), step: 3)
        let gradient = try #require(trace[named: "dE_total/dw5"]).value
        let report = Self.report(trace, "v_w5+", gradient)
        let mistake = try #require(report.firstMistake)
        #expect(mistake.verdict.name == "v_w5+")
        #expect(mistake.diagnosis?.slip == .momentumLeftOut)
    }

    @Test func weightDecayLeftOut() throws {
        let trace = try Self.trace(.momentum(0.9), step: 2, weightDecay: 0.1)
        let gradient = try #require(trace[named: "dE_total/dw5"]).value
        let report = Self.report(trace, "g_w5", gradient)
        let mistake = try #require(report.firstMistake)
        #expect(mistake.verdict.name == "g_w5")
        #expect(mistake.diagnosis?.slip == .weightDecayLeftOut)
    }

    /// The informal ways of writing the new optimizers' terms.
    @Test(arguments: [("λ", "lambda"), ("weight decay", "lambda"), ("α", "alpha"), ("d_{w5}", "d_w5"), ("g_w5", "g_w5")])
    func newOptimizerSpellings(written: String, canonical: String) throws {
        let trace = written == "α"
            ? try Self.trace(.rmsprop, step: 2, weightDecay: 0.1) : try Self.trace(.nesterov(0.9), step: 2, weightDecay: 0.1)
        #expect(Self.resolved(written, in: trace) == canonical)
    }

    @Test func biasCorrectionLeftOut() throws {
        let trace = try Self.trace(.adam, step: 2)
        let moment = try #require(trace[named: "m_w5+"]).value
        let report = Self.report(trace, "mhat_w5", moment)
        let mistake = try #require(report.firstMistake)
        #expect(mistake.verdict.name == "mhat_w5")
        #expect(mistake.diagnosis?.slip == .biasCorrectionLeftOut)
    }

    /// A wrong velocity is carried into the update: w5+ from the student's own v_w5+ is right.
    @Test func aWrongVelocityIsCarriedForward() throws {
        let trace = try Self.trace(.momentum(0.9), step: 3)
        let w5 = try #require(trace[named: "w5"]).value
        var text = Sheets.text(trace, through: "v_w5+")
        text = text.split(separator: "\n").dropLast().joined(separator: "\n") + "\n"
        text += "v_w5+ = \(Sheets.written(0.2))\nw5+ = \(Sheets.written(w5 - 0.5 * 0.2))\n"
        let report = Sheets.check(text, against: trace)
        #expect(report.marked(.wrong).count == 1)
        #expect(report.firstMistake?.verdict.name == "v_w5+")
    }

    /// The informal ways of writing the optimizer's terms.
    @Test(arguments: [
        ("m̂_w5", "mhat_w5"), ("v̂_w5", "vhat_w5"), ("β₁", "beta1"), ("ε", "epsilon"), ("m_w5'", "m_w5+"),
    ])
    func adamSpellings(written: String, canonical: String) throws {
        #expect(Self.resolved(written, in: try Self.trace(.adam, step: 2)) == canonical)
    }

    @Test(arguments: [("μ", "mu"), ("momentum", "mu"), ("v_w5new", "v_w5+"), ("v_{w5}", "v_w5")])
    func momentumSpellings(written: String, canonical: String) throws {
        #expect(Self.resolved(written, in: try Self.trace(.momentum(0.9), step: 2)) == canonical)
    }

    /// The canonical name `check` reads `written` as, if any.
    static func resolved(_ written: String, in trace: Trace) -> String? {
        var budget = 0
        guard case let .term(index) = TermLookup(trace: trace).resolve(written, suggestionBudget: &budget) else { return nil }
        return trace.name(of: trace.terms[index])
    }
}
