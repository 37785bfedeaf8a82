import BackpropCheck
import BackpropCore
import Foundation
import Testing

/// The values `SlipCandidates` proposes are the slips' own: for every setting below, each
/// candidate written to 4 significant figures for its term alone, if `check` diagnoses it at all
/// (the exporter keeps only those), is diagnosed as that candidate's slip for most terms, and
/// the slips each setting exists for are among them.
@Suite struct SlipCandidateTests {
    /// The slips `check` names for the candidates of every computed term of `trace`.
    static func confirmed(_ trace: Trace) -> (agreed: Set<Slip>, candidates: Int, agreeing: Int) {
        let candidates = SlipCandidates(trace: trace)
        let checker = Checker(trace: trace, marking: .significantFigures(4))
        var agreed: Set<Slip> = []
        var count = 0, agreeing = 0
        for index in trace.terms.indices where trace.terms[index].formula != .given {
            let name = trace.name(of: trace.terms[index])
            for candidate in candidates.candidates(for: index) {
                #expect(candidate.value.isFinite && candidate.value != trace.terms[index].value)
                count += 1
                let written = String(format: "%.3e", candidate.value)
                let report = checker.check(AnswerSheet(text: "\(name) = \(written)\n", source: "candidate"))
                if report.firstMistake?.diagnosis?.slip == candidate.slip {
                    agreed.insert(candidate.slip)
                    agreeing += 1
                }
            }
        }
        return (agreed, count, agreeing)
    }

    @Test func momentumAndAdamStateSlips() throws {
        let momentum = try Engine.run(.reference, options: TrainingOptions(steps: 3, optimizer: .momentum(0.9), tracedStep: 3))
        #expect(Self.confirmed(momentum).agreed.contains(.momentumLeftOut))
        let adam = try Engine.run(.reference, options: TrainingOptions(steps: 2, optimizer: .adam, tracedStep: 2))
        #expect(Self.confirmed(adam).agreed.contains(.biasCorrectionLeftOut))
    }

    @Test func theReferenceStepsSlips() throws {
        let result = Self.confirmed(try Engine.run(.reference))
        let expected: Set<Slip> = [
            .flippedSign, .negativeSquare, .halfDropped, .missingActivationSlope, .biasLeftOut,
            .netForOut, .deltaForGradient, .onePathOnly, .otherOrdering, .learningRateLeftOut,
            .updateAdded, .updateForgotten,
        ]
        #expect(expected.subtracting(result.agreed).isEmpty, "missing: \(expected.subtracting(result.agreed))")
        // Most candidates are what they say: a guess that check names otherwise is the exception.
        #expect(result.agreeing * 2 > result.candidates, "\(result.agreeing) of \(result.candidates)")
    }
}
