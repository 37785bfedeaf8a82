import BackpropCheck
import BackpropCore
import BackpropExercises
import BackpropExport
import BackpropRender
import BackpropReport
import Testing

/// The one model every platform writes: values from the engine, tolerances from the marking
/// rule, slips whose values `check` itself diagnoses as those slips.
@Suite struct QuestionModelTests {
    static let rules: [MarkingRule] = [.standard, .significantFigures(4), .decimals(4)]

    /// Runs `body` on every question of `count` exercises of `setting` under every rule, with the
    /// exercise's trace.
    static func eachQuestion(
        _ setting: Int, seed: UInt64, count: Int,
        _ body: (ExportedQuestion, Trace, MarkingRule) throws -> Void
    ) throws {
        let (_, layers, settings) = ExportFixtures.settings[setting]
        let exercises = try ExportFixtures.exercises(seed: seed, layers: layers, settings: settings, count: count)
        for rule in rules {
            for (exercise, question) in zip(exercises, try ExportFixtures.questions(exercises, rule: rule)) {
                try body(question, try Engine.run(exercise.setup, options: exercise.options), rule)
            }
        }
    }

    @Test(arguments: ExportFixtures.settings.indices)
    func everyAnswerIsTheEnginesValueWithTheRulesTolerance(_ setting: Int) throws {
        try Self.eachQuestion(setting, seed: 11, count: 3) { question, trace, rule in
            #expect(!question.asked.isEmpty)
            for asked in question.asked {
                #expect(asked.value == trace.terms[asked.term].value)
                #expect(asked.name == trace.name(of: trace.terms[asked.term]))
                Self.expectTolerance(asked.tolerance, of: asked.value, rule: rule)
                for slip in asked.slips { Self.expectTolerance(slip.tolerance, of: slip.value, rule: rule) }
            }
        }
    }

    /// The value written to the rule's figures lies within the tolerance; one unit of that last
    /// digit further does not. Zero under a figures rule is exact.
    static func expectTolerance(_ tolerance: Double, of value: Double, rule: MarkingRule) {
        if value == 0, case .significantFigures = rule {
            #expect(tolerance == 0)
            return
        }
        let format = AnswerTolerance.format(rule, of: value)
        let written = Double(format.string(value)) ?? .nan
        #expect(abs(written - value) <= tolerance * (1 + 1e-9), "\(value) written \(written), ±\(tolerance)")
        let unit = 2 * tolerance
        #expect(abs(written + unit - value) >= tolerance * (1 - 1e-9) && abs(written - unit - value) >= tolerance * (1 - 1e-9))
        #expect(max(abs(written + unit - value), abs(written - unit - value)) > tolerance * (1 + 1e-9))
        #expect(abs(tolerance / (0.5 * pow10(-format.digits)) - 1) < 1e-12)
        if case let .significantFigures(figures) = rule, value != 0 {
            // Half a unit of the last of `figures` significant digits (of the rounded value).
            let leading = Int((abs(written)).exponentOfTen)
            #expect(format.digits == max(0, figures - 1 - leading), "\(value) at \(figures) figures")
        }
    }

    @Test(arguments: ExportFixtures.settings.indices)
    func everySlipIsWhatCheckSaysOfItsValue(_ setting: Int) throws {
        try Self.eachQuestion(setting, seed: 23, count: 2) { question, trace, rule in
            let checker = Checker(trace: trace, marking: rule)
            let sentences = DiagnosisText(trace: trace, options: ExportFixtures.optionNames)
            for asked in question.asked {
                var accepted = [(asked.value, asked.tolerance)]
                for slip in asked.slips {
                    // Apart from the right answer and from every other slip of the term.
                    for (value, tolerance) in accepted {
                        #expect(abs(slip.value - value) > tolerance + slip.tolerance)
                    }
                    accepted.append((slip.value, slip.tolerance))
                    let written = AnswerTolerance.format(rule, of: slip.value).string(slip.value)
                    let sheet = AnswerSheet(text: "\(asked.name) = \(written)\n", source: "slip")
                    let report = checker.check(sheet)
                    #expect(report.verdicts.first?.mark == .wrong, "\(asked.name) = \(written)")
                    let diagnosis = try #require(report.mistakes.first?.diagnosis, "\(asked.name) = \(written)")
                    #expect(diagnosis.slip == slip.slip)
                    #expect(slip.feedback == sentences.sentence(diagnosis, mistake: asked.term))
                }
            }
        }
    }

    /// The slips named in the issue appear where they can: each setting's set has feedback for
    /// them on some term.
    @Test func theNamedSlipsHaveFeedback() throws {
        func slips(_ layers: [Int], _ settings: ExerciseSettings = ExerciseSettings()) throws -> Set<Slip> {
            let exercises = try ExportFixtures.exercises(seed: 3, layers: layers, settings: settings, count: 3)
            return Set(try ExportFixtures.questions(exercises).flatMap { $0.asked.flatMap { $0.slips.map(\.slip) } })
        }
        let plain = try slips([2, 2, 2])
        let expected: Set<Slip> = [
            .flippedSign, .missingActivationSlope, .biasLeftOut, .learningRateLeftOut, .updateAdded,
            .updateForgotten, .otherOrdering, .deltaForGradient, .onePathOnly, .halfDropped, .negativeSquare,
            .netForOut,
        ]
        #expect(expected.subtracting(plain).isEmpty, "missing: \(expected.subtracting(plain))")
        var batch = ExerciseSettings()
        batch.exampleCount = 2
        #expect(try slips([2, 2, 2], batch).contains(.otherReduction))
        var softmax = ExerciseSettings()
        softmax.activations = [.logistic, .softmax]
        softmax.loss = .crossEntropy
        #expect(try slips([2, 3, 3], softmax).contains(.softmaxCrossTermsDropped))
    }

    @Test func theSameSeedGivesTheSameQuestions() throws {
        let first = try ExportFixtures.questions(try ExportFixtures.exercises(seed: 5, count: 2))
        let second = try ExportFixtures.questions(try ExportFixtures.exercises(seed: 5, count: 2))
        for format in ExportFormat.allCases {
            let exporter = Exporter(format: format, setSeed: 5)
            #expect(try exporter.files(first) == exporter.files(second))
        }
    }

    @Test func theProblemIsTheSheetsWithThePictureApart() throws {
        let question = try #require(try ExportFixtures.questions(try ExportFixtures.exercises(seed: 5, count: 1)).first)
        #expect(question.problemHTML.beforePicture.contains("A fully connected 2-2-2 network"))
        #expect(question.problemHTML.afterPicture.contains("<table>"))
        #expect(!question.problemHTML.afterPicture.contains("What to compute"))
        #expect(!question.problemHTML.beforePicture.contains("<svg"))
        #expect(question.picture.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width="))
        #expect(question.picture.contains("<style>"))
        #expect(question.problemText.contains("target_o1"))
        #expect(!question.problemText.contains("Write your values into"))
    }
}

private func pow10(_ exponent: Int) -> Double { exponent >= 0 ? pow10Positive(exponent) : 1 / pow10Positive(-exponent) }
private func pow10Positive(_ exponent: Int) -> Double { (0..<exponent).reduce(1.0) { value, _ in value * 10 } }

private extension Double {
    /// The power of ten of the leading digit: −2 for 0.0822.
    var exponentOfTen: Int {
        var exponent = 0
        var magnitude = Swift.abs(self)
        while magnitude >= 10 { magnitude /= 10; exponent += 1 }
        while magnitude < 1 { magnitude *= 10; exponent -= 1 }
        return exponent
    }
}
