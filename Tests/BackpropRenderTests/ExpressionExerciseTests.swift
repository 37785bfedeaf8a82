import BackpropCore
import BackpropExercises
import BackpropInput
import Testing

/// `exercise --expr-size N`: seeded programs, the same whatever the count, that parse back to
/// the same graph and pass the degeneracy checks.
@Suite struct ExpressionExerciseTests {
    @Test func theSameSeedGivesTheSameProgram() throws {
        let one = try ExpressionExerciseGenerator(seed: 11, size: 6).exercise(2)
        let again = try ExpressionExerciseGenerator(seed: 11, size: 6).exercise(2)
        #expect(one.program == again.program)
        #expect(try ExpressionExerciseGenerator(seed: 11, size: 6).exercise(3).program != one.program)
        #expect(try ExpressionExerciseGenerator(seed: 12, size: 6).exercise(2).program != one.program)
    }

    @Test(arguments: [1, 2, 5, 12, 30])
    func programsParseBackToTheirOwnGraphAndAreNotDegenerate(size: Int) throws {
        for seed in 1...40 as ClosedRange<UInt64> {
            let exercise = try ExpressionExerciseGenerator(seed: seed, size: size).exercise(1)
            let parsed = try ExpressionParser.trace(Array(exercise.program.utf8))
            #expect(parsed.nodes.map(\.value.bitPattern) == exercise.trace.nodes.map(\.value.bitPattern))
            #expect(parsed.gradients.map(\.bitPattern) == exercise.trace.gradients.map(\.bitPattern))
            #expect(parsed.nodes.filter(\.isOperation).count >= size)
            var relus: [Double] = []
            for node in parsed.nodes {
                let operands = node.operands.map { parsed.nodes[$0].value }
                switch node.operation {
                case is Divide: #expect(abs(operands[1]) >= 0.1)
                case is Logarithm, is SquareRoot: #expect(operands[0] >= 0.1)
                case is Exponential: #expect(operands[0] <= 5)
                case is ReLU:
                    #expect(abs(operands[0]) >= 0.05)
                    relus.append(operands[0])
                default: break
                }
            }
            #expect(relus.isEmpty || relus.contains { $0 > 0 }, "not every ReLU flat")
            for (index, node) in parsed.nodes.enumerated() {
                if case .input = node.kind { #expect(abs(parsed.gradients[index]) >= 0.001) }
            }
        }
    }
}
