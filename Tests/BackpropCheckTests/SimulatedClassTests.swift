import BackpropCheck
import BackpropCore
import BackpropSupport
import Foundation
import Testing

/// Issue 20's simulated class: forty students, each making one named slip in one of the
/// settings a course assigns and carrying it forward, rounding early and writing exact values
/// short. No wrong value may be marked right, no honest rounding marked wrong, and each slip
/// is named and counted once.
@Suite struct SimulatedClassTests {
    /// A slip as a student makes it: the value they compute for a term, from their own values.
    struct SeededSlip: Sendable {
        let slip: Slip
        /// Their value for term `index`, or nil where this slip cannot happen.
        let value: @Sendable (_ trace: Trace, _ index: Int, _ values: [Double]) -> Double?
    }

    static func evaluate(_ formula: Formula, _ values: [Double], replacing: [Int: Double] = [:]) -> Double {
        formula.evaluate { replacing[$0] ?? values[$0] } ?? .nan
    }

    static let slips: [SeededSlip] = [
        SeededSlip(slip: .flippedSign) { trace, index, values in
            guard trace.terms[index].kind == .delta else { return nil }
            return -evaluate(trace.terms[index].formula, values)
        },
        SeededSlip(slip: .missingActivationSlope) { trace, index, values in
            guard trace.terms[index].kind == .delta, case let .product(factors) = trace.terms[index].formula,
                  let slope = factors.first(where: { trace.terms[$0].kind == .activationSlope }) else { return nil }
            return evaluate(trace.terms[index].formula, values, replacing: [slope: 1])
        },
        SeededSlip(slip: .biasLeftOut) { trace, index, values in
            guard case let .weightedSum(_, _, bias?) = trace.terms[index].formula else { return nil }
            return evaluate(trace.terms[index].formula, values, replacing: [bias: 0])
        },
        SeededSlip(slip: .halfDropped) { trace, index, values in
            guard trace.terms[index].kind == .outputError, trace.setup.loss == .halfSquared else { return nil }
            return 2 * evaluate(trace.terms[index].formula, values)
        },
        SeededSlip(slip: .learningRateLeftOut) { trace, index, values in
            guard case let .update(_, learningRate, _) = trace.terms[index].formula else { return nil }
            return evaluate(trace.terms[index].formula, values, replacing: [learningRate: 1])
        },
        SeededSlip(slip: .updateAdded) { trace, index, values in
            guard case let .update(_, learningRate, _) = trace.terms[index].formula else { return nil }
            return evaluate(trace.terms[index].formula, values, replacing: [learningRate: -values[learningRate]])
        },
        SeededSlip(slip: .updateForgotten) { trace, index, values in
            switch trace.terms[index].formula {
            case let .update(parameter, _, _), let .adamUpdate(parameter, _, _, _, _): return values[parameter]
            default: return nil
            }
        },
        SeededSlip(slip: .momentumLeftOut) { trace, index, values in
            guard case let .velocity(momentum, _, _) = trace.terms[index].formula else { return nil }
            return evaluate(trace.terms[index].formula, values, replacing: [momentum: 0])
        },
        SeededSlip(slip: .biasCorrectionLeftOut) { trace, index, values in
            guard case let .biasCorrected(moment, _, _) = trace.terms[index].formula else { return nil }
            return values[moment]
        },
        SeededSlip(slip: .otherReduction) { trace, index, values in
            guard case let .reduction(reduction, parts) = trace.terms[index].formula, parts.count > 1 else { return nil }
            return evaluate(.reduction(reduction == .mean ? .sum : .mean, parts), values)
        },
        SeededSlip(slip: .softmaxCrossTermsDropped) { trace, index, values in
            guard case let .dot(slopes, jacobian) = trace.terms[index].formula,
                  let diagonal = jacobian.firstIndex(where: {
                      if case .softmaxSlope(_, _, same: true) = trace.terms[$0].formula { return true }
                      return false
                  }) else { return nil }
            return values[slopes[diagonal]] * values[jacobian[diagonal]]
        },
        SeededSlip(slip: .deltaForGradient) { trace, index, values in
            guard trace.terms[index].kind == .weightGradient, case let .product(factors) = trace.terms[index].formula,
                  let input = factors.first(where: { trace.terms[$0].kind == .netSlope }) else { return nil }
            return evaluate(trace.terms[index].formula, values, replacing: [input: 1])
        },
        SeededSlip(slip: .onePathOnly) { trace, index, values in
            guard trace.terms[index].kind == .hiddenErrorSlope, case let .sum(paths) = trace.terms[index].formula,
                  paths.count > 1 else { return nil }
            return values[paths[0]]
        },
    ]

    struct Student {
        let setting: String
        let slip: Slip
        let term: Int
        let trace: Trace
        let sheet: String
    }

    /// Forty students drawn from `seed`: a setting, a slip that can happen in it, a term whose
    /// slipped value differs visibly from the exact one, and how many figures they keep.
    static func students(seed: UInt64, count: Int = 40) throws -> [Student] {
        let settings = try StudentSimulation.settings()
        var random = SplitMix64(seed: seed)
        var students: [Student] = []
        var attempts = 0
        while students.count < count, attempts < 10_000 {
            attempts += 1
            let seeded = slips[students.count % slips.count]
            let (name, trace) = settings[random.nextInt(in: 0...(settings.count - 1))]
            let figures = [4, 5, 6, 9][random.nextInt(in: 0...3)]
            let exact = trace.terms.map(\.value)
            let candidates = trace.terms.indices.filter { index in
                guard let slipped = seeded.value(trace, index, exact) else { return false }
                return abs(slipped - exact[index]) > 0.02 * max(abs(exact[index]), 1e-2)
            }
            guard !candidates.isEmpty else { continue }
            let term = candidates[random.nextInt(in: 0...(candidates.count - 1))]
            let written = StudentSimulation.written(trace, figures: figures, slipped: term) { index, values in
                seeded.value(trace, index, values) ?? .nan
            }
            students.append(Student(
                setting: name, slip: seeded.slip, term: term, trace: trace,
                sheet: StudentSimulation.sheet(trace, written)
            ))
        }
        return students
    }

    @Test func noWrongValueIsRightAndNoHonestRoundingIsWrong() throws {
        let students = try Self.students(seed: 2026)
        #expect(students.count == 40)
        #expect(Set(students.map(\.slip)).count == Self.slips.count, "every seeded slip is in the class")
        var wrongMarkedRight = 0, honestMarkedWrong = 0, named = 0, lines = 0, zeros = 0
        for student in students {
            let report = Sheets.check(student.sheet, against: student.trace)
            lines += report.verdicts.count
            let slipped = report.verdicts.first { $0.term == student.term }
            let name = student.trace.name(of: student.trace.terms[student.term])
            let who = "\(student.setting), \(student.slip.rawValue) in \(name)"
            #expect(slipped?.mark == .wrong, "\(who): marked \(String(describing: slipped?.mark))")
            if slipped?.mark != .wrong { wrongMarkedRight += 1 }
            // A 0 that follows exactly from the slip shows no significant figure: too imprecise
            // to earn a mark, never wrong.
            let carriedZeros = report.verdicts.filter { $0.mark == .tooImprecise && $0.number?.value == 0 }
            zeros += carriedZeros.count
            let others = report.verdicts.filter {
                $0.term != student.term && $0.mark != .correct && $0.mark != .carried && !carriedZeros.contains($0)
            }
            #expect(others.isEmpty, "\(who): \(others.map { "\($0.name) = \($0.number?.text ?? "") \($0.mark)" })")
            honestMarkedWrong += others.count
            let diagnosis = report.mistakes.first { $0.term == student.term }?.diagnosis
            #expect(diagnosis?.slip == student.slip, "\(who): diagnosed \(String(describing: diagnosis?.slip))")
            if diagnosis?.slip == student.slip { named += 1 }
            #expect(report.distinctMistakes == 1, "\(who): one slip is one mistake")
        }
        print("simulated class: 40 sheets, \(lines) lines; wrong marked right \(wrongMarkedRight), honest marked wrong \(honestMarkedWrong), slips named \(named) of 40, carried zeros too imprecise \(zeros)")
    }

    /// The student who used the updated output weights in the hidden layer makes one slip on
    /// several lines: one mistake, explained once, every line keeping its mark.
    @Test func theOtherOrderingIsOneMistake() throws {
        let updated = try Engine.run(.reference, options: TrainingOptions(hiddenUses: .updated))
        let report = Sheets.check(Sheets.text(updated, decimals: 9))
        let wrong = report.marked(.wrong)
        #expect(wrong.count >= 2)
        #expect(report.distinctMistakes == 1)
        #expect(report.mistakes.count == 1)
        let mistake = try #require(report.mistakes.first)
        #expect(mistake.diagnosis?.slip == .otherOrdering)
        #expect(mistake.verdicts.map(\.answer.line) == wrong.map(\.answer.line))
        #expect(report.repeatedSlips == wrong.count - 1)
        #expect(report.points == report.score.right)
        let once = Checker(trace: Sheets.reference).check(
            AnswerSheet(text: Sheets.text(updated, decimals: 9), source: "s"), sameSlip: .once
        )
        #expect(once.points == once.score.right + wrong.count - 1)
    }
}
