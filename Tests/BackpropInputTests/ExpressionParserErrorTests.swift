import BackpropCore
import BackpropInput
import Testing

/// Programs the parser refuses, each with the problem and where it is.
@Suite struct ExpressionParserErrorTests {
    static func problem(_ program: String, at given: [(name: String, value: Double)] = [], of output: String? = nil)
        -> (ExpressionInputError.Problem, line: Int, column: Int)?
    {
        let source = Array(program.utf8)
        do {
            _ = try ExpressionParser.trace(source, given: given, output: output)
            return nil
        } catch {
            let place = error.location(in: source)
            return (error.problem, place?.line ?? 0, place?.column ?? 0)
        }
    }

    @Test func aSyntaxErrorNamesItsLineAndColumn() throws {
        let found = try #require(Self.problem("a = 1\nb = a * * 2"))
        #expect(found.0 == .expected("a number, a name or '('", found: "'*'"))
        #expect(found.line == 2 && found.column == 9)
    }

    @Test func anUnclosedParenthesisIsNamed() throws {
        let found = try #require(Self.problem("a = 1; b = (a + 2"))
        #expect(found.0 == .expected("')' after (…", found: "the end of the program"))
    }

    @Test func anUnknownCharacterIsRefused() throws {
        #expect(try #require(Self.problem("a = 1 $ 2")).0 == .unexpectedCharacter)
    }

    @Test func anUnknownNameGetsASuggestion() throws {
        let found = try #require(Self.problem("alpha = 1; b = alpah * 2"))
        #expect(found.0 == .unknownName("alpah", suggestion: "alpha"))
        #expect(found.column == 16)
    }

    @Test func anUnknownFunctionGetsASuggestion() throws {
        #expect(try #require(Self.problem("a = 1; b = tahn(a)")).0 == .unknownFunction("tahn", suggestion: "tanh"))
        #expect(try #require(Self.problem("a = 1; b = a.rleu()")).0 == .unknownFunction("rleu", suggestion: "relu"))
    }

    @Test func domainErrorsNameTheOperation() throws {
        let log = try #require(Self.problem("a = -1; b = log(a)"))
        #expect(log.0 == .graph(.domain(.logarithmOfNonPositive, operation: "log", operands: [-1])))
        #expect(log.column == 13)
        #expect(try #require(Self.problem("a = 0; b = 1 / a")).0 == .graph(.domain(.divisionByZero, operation: "divide", operands: [1, 0])))
        #expect(try #require(Self.problem("a = 1000; b = exp(a)")).0 == .graph(.domain(.overflow, operation: "exp", operands: [1000])))
        #expect(try #require(Self.problem("b = 1 / 0")).0 == .graph(.domain(.divisionByZero, operation: "divide", operands: [1, 0])))
    }

    @Test func anExponentMustBeANumber() throws {
        #expect(try #require(Self.problem("a = 2; b = a ** a")).0 == .exponentNotNumber)
    }

    @Test func nestingDeeperThanTheLimitIsRefused() throws {
        let deep = "a = 1; b = " + String(repeating: "(", count: 150) + "a" + String(repeating: ")", count: 150)
        #expect(try #require(Self.problem(deep)).0 == .tooDeep(limit: ExpressionParser.maximumDepth))
        let signs = "a = 1; b = " + String(repeating: "-", count: 500) + "a"
        #expect(try #require(Self.problem(signs)).0 == .tooDeep(limit: ExpressionParser.maximumDepth))
    }

    @Test func moreNodesThanTheLimitAreRefused() throws {
        let source = Array("a = 1; b = a + a + a + a".utf8)
        #expect(throws: ExpressionInputError.self) { try ExpressionParser.trace(source, nodeLimit: 3) }
    }

    @Test func theFlagsAreChecked() throws {
        #expect(try #require(Self.problem("b = a * 2", at: [("a", 1), ("c", 2)])).0 == .unusedGiven("c", suggestion: "b"))
        #expect(try #require(Self.problem("a = 2", at: [("a", 1)])).0 == .givenAndAssigned("a"))
        #expect(try #require(Self.problem("b = 2", of: "bb")).0 == .unknownOutput("bb", suggestion: "b"))
        #expect(try #require(Self.problem("# nothing\n")).0 == .noAssignment)
    }

    @Test func commentsBlankLinesAndBreaksInsideParenthesesAreFine() throws {
        let trace = try ExpressionParser.trace(Array("# x\n\na = 2  # two\nb = (a +\n  1)\n".utf8))
        #expect(trace.nodes[trace.output].value == 3)
    }
}
