import BackpropCore
import BackpropInput
import BackpropRender
import BackpropSupport

extension Failure {
    /// An expression program's problem in words: where (`--expr: line 2, column 9:`) and what.
    /// Problems of the program are data (65); those of `--at`, `--of` and `--params` usage (64).
    static func describe(_ failure: ExpressionProgramError) -> (String, Int32) {
        let place = failure.error.location(in: failure.source).map { "\(failure.origin): line \($0.line), column \($0.column): " }
        let (words, status) = describe(failure.error.problem)
        return ((place ?? "") + words, status)
    }

    /// The line of the program with a caret under the place, for the lines after the message.
    static func excerpt(_ failure: ExpressionProgramError) -> [String] {
        guard let location = failure.error.location(in: failure.source) else { return [] }
        let line = OneLine.escaped(location.text.replacingOccurrences(of: "\t", with: " "))
        guard line.count <= 200 else { return [] }
        return ["  " + line, "  " + String(repeating: " ", count: location.column - 1) + "^"]
    }

    private static func describe(_ problem: ExpressionInputError.Problem) -> (String, Int32) {
        func suggesting(_ suggestion: String?) -> String { suggestion.map { " (did you mean \($0)?)" } ?? "" }
        switch problem {
        case .unexpectedCharacter:
            return ("this character cannot start a number, a name or an operator", ExitStatus.dataError)
        case let .badNumber(text):
            return ("'\(text)' is not a number a double can hold", ExitStatus.dataError)
        case let .expected(what, found):
            return ("expected \(what), found \(found)", ExitStatus.dataError)
        case let .unknownName(name, suggestion):
            return ("\(name) has no value: assign it first or give it with --at \(name)=X\(suggesting(suggestion))", ExitStatus.dataError)
        case let .unknownFunction(name, suggestion):
            let names = MathFunction.allCases.map(\.rawValue).joined(separator: ", ")
            return ("no function \(name)\(suggesting(suggestion)); the functions are \(names) and logistic", ExitStatus.dataError)
        case .exponentNotNumber:
            return ("the exponent of ** must be a number, as in micrograd (x**2, x**-1); write exp(y * log(x)) for x to the power y", ExitStatus.dataError)
        case let .tooDeep(limit):
            return ("parentheses, calls and signs nest more than \(limit) deep", ExitStatus.dataError)
        case let .givenAndAssigned(name):
            return ("\(name) is given with --at and assigned by the program: give it one way", ExitStatus.usage)
        case let .graph(.tooManyNodes(limit)):
            return ("the program makes more than \(limit) nodes, the most an expression may have", ExitStatus.dataError)
        case let .graph(.domain(problem, operation, operands)):
            return (domain(problem, operation: operation, operands: operands), ExitStatus.dataError)
        case let .unknownOutput(name, suggestion):
            return ("--of: the program assigns no \(name)\(suggesting(suggestion))", ExitStatus.usage)
        case let .unusedGiven(name, suggestion):
            return ("--at: the program never reads \(name)\(suggesting(suggestion))", ExitStatus.usage)
        case .noAssignment:
            return ("the program assigns nothing: write at least one NAME = EXPRESSION", ExitStatus.dataError)
        }
    }

    private static func domain(_ problem: DomainProblem, operation: String, operands: [Double]) -> String {
        let values = operands.map { NumberFormat.exact($0) }.joined(separator: " and ")
        switch problem {
        case .divisionByZero: return "division by 0 (\(values)): the divisor is 0"
        case .logarithmOfNonPositive: return "log of \(values): log needs a value above 0"
        case .squareRootOfNonPositive: return "sqrt of \(values): sqrt needs a value above 0 (at 0 its slope is infinite)"
        case .powerUndefined: return "\(operation) of \(values) is not defined here (a negative base needs a whole exponent; 0 needs an exponent of at least 1)"
        case .overflow: return "\(operation) of \(values) is too large for a double"
        }
    }
}
