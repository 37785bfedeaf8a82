import BackpropCheck
import BackpropCore
import BackpropInput
import Testing

/// `check --expr`: answers for an expression's values and gradients, marked with error carried
/// forward, and the backward pass's named slips.
@Suite struct ExpressionCheckTests {
    static func marks(_ program: String, at given: [(name: String, value: Double)], sheet: String) throws -> [ExpressionChecker.Mark] {
        let trace = try ExpressionParser.trace(Array(program.utf8), given: given)
        return ExpressionChecker(trace: trace).mark(ExpressionAnswerSheet(sheet, trace: trace))
    }

    static func slip(_ program: String, at given: [(name: String, value: Double)], _ line: String) throws -> ExpressionSlip? {
        let marks = try Self.marks(program, at: given, sheet: line)
        guard case let .wrong(slip)? = marks.first?.verdict else { return nil }
        return slip
    }

    @Test func aRightSheetIsAllRightInEverySpelling() throws {
        let marks = try Self.marks("q = x + y; f = q * z", at: [("x", -2), ("y", 5), ("z", -4)], sheet: """
            # CS231n's circuit
            q = 3
            f.data = -12
            df/dq = -4
            ∂f/∂z = 3
            x.grad = -4
            df/dy = -4.000
            """)
        #expect(marks.count == 6)
        #expect(marks.allSatisfy { $0.verdict == .correct })
    }

    @Test func aWrongValueCarriesForward() throws {
        let marks = try Self.marks("q = x + y; f = q * z", at: [("x", -2), ("y", 5), ("z", -4)], sheet: "q = 7\nf = -28\ndf/dz = 7")
        #expect(marks.map(\.verdict) == [.wrong(slip: nil), .carried(-28), .carried(7)])
    }

    @Test func aFanOutPathLeftOut() throws {
        // y = b·b + b at b = 3: three paths, 3 + 3 + 1 = 7; one through t1 left out gives 4.
        let slip = try Self.slip("y = b * b + b", at: [("b", 3)], "dy/db = 4")
        #expect(slip == .fanOutPathLeftOut(consumer: 1, uses: 3))
    }

    @Test func thePowerRuleWithoutItsFactor() throws {
        #expect(try Self.slip("y = x ** 3", at: [("x", 2)], "dy/dx = 4") == .powerRuleWithoutFactor(power: 1, exponent: 3))
    }

    @Test func theQuotientRulesSign() throws {
        #expect(try Self.slip("y = a / b", at: [("a", 3), ("b", 2)], "dy/db = 0.75") == .quotientRuleSign(quotient: 2))
    }

    @Test func theSigmoidSlopeTakenAsItsValue() throws {
        #expect(try Self.slip("y = sigmoid(x)", at: [("x", 0.5)], "dy/dx = 0.6225") == .sigmoidSlopeAsValue(sigmoid: 1))
    }

    @Test func aChainFactorDropped() throws {
        let program = "z = x * y; w = z * 3"
        #expect(try Self.slip(program, at: [("x", 2), ("y", 5)], "dw/dx = 5") == .chainFactorDropped(consumer: 2, keptLocalDerivative: true))
        #expect(try Self.slip(program, at: [("x", 2), ("y", 5)], "dw/dx = 3") == .chainFactorDropped(consumer: 2, keptLocalDerivative: false))
    }

    @Test func aNumberNoSlipGivesIsJustWrong() throws {
        #expect(try Self.slip("y = x ** 3", at: [("x", 2)], "dy/dx = 100") == nil)
    }

    @Test func linesThatAreNotAnswersAreKeptWithTheirReason() throws {
        let trace = try ExpressionParser.trace(Array("q = x + y".utf8), given: [("x", 1), ("y", 2)])
        let sheet = ExpressionAnswerSheet("qq = 3\nq: 3\nq = three\nq =\n", trace: trace)
        #expect(sheet.answers.isEmpty)
        #expect(sheet.unreadable.map(\.reason) == [.unknownName("qq", suggestion: "q"), .notAnAnswer, .notANumber("three")])
    }
}
