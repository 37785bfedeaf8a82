import BackpropCore
import BackpropExercises
import BackpropRender
import Testing

/// The exercise generator (BackpropExercises) and the exercise sheets (BackpropRender).
@Suite struct ExerciseTests {
    static func set(seed: UInt64, layers: [Int] = [2, 2, 2], count: Int) throws -> [Exercise] {
        try ExerciseGenerator(seed: seed, layerSizes: layers).exercises(count: count)
    }

    /// The sheets of a set in `style`, with the built-in templates.
    static func sheets(_ style: DocumentStyle) throws -> ExerciseSheetRenderer {
        ExerciseSheetRenderer(
            style: style, options: WalkthroughOptions(), templates: try WalkthroughRenderer.templates(overriding: nil),
            rule: "to at least 3 significant figures"
        )
    }

    @Test func sameSeedGivesTheSameSet() throws {
        #expect(try Self.set(seed: 7, count: 5) == Self.set(seed: 7, count: 5))
    }

    /// The draws are pinned: a change of PRNG, draw order or checks changes every class's set.
    @Test func firstExerciseOfSeed42IsPinned() throws {
        let setup = try Self.set(seed: 42, count: 1)[0].setup
        #expect(setup.inputs == [0.14, 0.59])
        #expect(setup.targets == [0.63, 0.09])
        #expect(setup.network.weights == [0.74, 0.67, -0.35, -0.3, -0.14, 0.74, 0.75, 0.61])
        #expect(setup.network.biases == [[0.37], [0.51]])
        #expect(setup.learningRate == 0.5)
    }

    @Test func exerciseKIsTheSameWhateverTheCount() throws {
        let three = try Self.set(seed: 99, count: 3)
        let ten = try Self.set(seed: 99, count: 10)
        #expect(Array(ten.prefix(3)) == three)
    }

    @Test(arguments: [[UInt64(1), 2], [0, 1], [42, 43], [UInt64.max, 0]])
    func differentSeedsGiveDifferentSets(seeds: [UInt64]) throws {
        let first = try Self.set(seed: seeds[0], count: 3).map(\.setup)
        let second = try Self.set(seed: seeds[1], count: 3).map(\.setup)
        #expect(zip(first, second).allSatisfy { $0 != $1 })
    }

    @Test(arguments: [[2, 2, 2], [2, 3, 2], [3, 3, 3, 2], [1, 1], [4, 2, 1]])
    func everyExerciseIsDistinctHandComputableAndNotDegenerate(layers: [Int]) throws {
        let exercises = try Self.set(seed: 2024, layers: layers, count: 12)
        #expect(exercises.count == 12)
        #expect(Set(exercises.map(\.seed)).count == 12)
        for (index, exercise) in exercises.enumerated() {
            #expect(exercise.number == index + 1)
            #expect(!exercises[..<index].contains { $0.setup == exercise.setup })
            let setup = exercise.setup, network = setup.network
            let values = setup.inputs + setup.targets + network.weights + network.biases.flatMap { $0 }
            for value in values {
                #expect((value * 100).rounded() / 100 == value, "\(value) has more than two decimals")
            }
            #expect((setup.inputs + setup.targets).allSatisfy { $0 > 0 && $0 < 1 })
            let trace = try Engine.run(setup)
            #expect(ExerciseChecks.degeneracies(of: trace).isEmpty)
        }
    }

    static func network(_ layers: [Int], weights: [Double], biases: [Double], inputs: [Double], targets: [Double]) throws -> TrainingSetup {
        try TrainingSetup(
            layerSizes: layers, weights: weights, biases: biases.map { [$0] }, biasSharing: .perLayer,
            activations: Array(repeating: .logistic, count: layers.count - 1),
            examples: [Example(inputs: inputs, targets: targets)], learningRate: 0.5
        )
    }

    @Test func theReferenceWouldBeAFairExercise() throws {
        #expect(ExerciseChecks.degeneracies(of: try Engine.run(.reference)).isEmpty)
    }

    @Test func checksFindSaturatedNeurons() throws {
        let network = try Self.network(
            [2, 2, 2], weights: [4, 4, 4, 4, 0.4, 0.45, 0.5, 0.55], biases: [0.35, 0.6],
            inputs: [0.9, 0.9], targets: [0.01, 0.99]
        )
        let found = ExerciseChecks.degeneracies(of: try Engine.run(network))
        #expect(found.contains(.saturated(TermID(.output, layer: 1, neuron: 0))))
        #expect(found.contains(.saturated(TermID(.output, layer: 1, neuron: 1))))
    }

    @Test func checksFindOutputsAlreadyAtTheirTarget() throws {
        let network = try Self.network([1, 1], weights: [0.1], biases: [0.1], inputs: [0.5], targets: [0.54])
        #expect(ExerciseChecks.degeneracies(of: try Engine.run(network))
            .contains(.outputAtTarget(TermID(.output, layer: 1, neuron: 0))))
    }

    @Test func checksFindVanishingGradientsAndValuesThatRoundToZero() throws {
        let network = try Self.network([1, 1, 1], weights: [0.3, 0.0001], biases: [0.1, 0.2], inputs: [0.5], targets: [0.9])
        let trace = try Engine.run(network)
        let found = ExerciseChecks.degeneracies(of: trace)
        let gradient = try #require(trace[named: "dE_total/dw1"]).id
        #expect(found.contains(.vanishingGradient(gradient)))
        #expect(found.contains(.roundsToZero(gradient)))
        #expect(found.contains(.roundsToZero(try #require(trace[named: "w2"]).id)) == false, "given values are not checked")
    }

    @Test(arguments: [[2], [2, 9, 2], [2, 2, 2, 2, 2, 2, 2], [2, 0, 2]])
    func layersNotForHandCalculationAreRefused(layers: [Int]) {
        #expect(throws: ExerciseError.self) { try ExerciseGenerator(seed: 1, layerSizes: layers) }
    }

    @Test func fileNamesSortInOrder() {
        let files = ExerciseFiles(number: 7, count: 120, extension: "tex")
        #expect(files.network == "exercise-007.json")
        #expect(files.problem == "exercise-007-problem.tex")
        #expect(files.worksheet == "exercise-007-worksheet.txt")
        #expect(files.answers == "exercise-007-answers.tex")
        #expect(ExerciseFiles(number: 3, count: 5, extension: "md").network == "exercise-03.json")
    }

    @Test(arguments: [DocumentStyle.markdown, .latex(), .html(), .text(ascii: false)])
    func problemSheetsGiveValuesButNoAnswers(style: DocumentStyle) throws {
        let exercise = try Self.set(seed: 5, count: 1)[0]
        let trace = try Engine.run(exercise.setup)
        var sheets = try Self.sheets(style)
        let files = ExerciseFiles(number: 1, count: 1, extension: "x")
        let problem = try sheets.problem(exercise, trace: trace, files: files)
        let numbers = NumberFormat.standard
        for weight in exercise.setup.network.weights {
            let shown = numbers.string(abs(weight))
            #expect(problem.contains("-" + shown) || problem.contains("−" + shown) || weight > 0 && problem.contains(shown))
        }
        for name in ["out_o1", "E_total", "dE_total/dw1", "w5+"] {
            let answer = numbers.string(try #require(trace[named: name]).value)
            #expect(!problem.contains(answer), "the problem sheet gives away \(name) = \(answer)")
        }
        // LaTeX is for paper, which names no files; the other formats point to the worksheet.
        #expect(problem.contains(files.worksheet) == (style.templateFolder != "latex"))
        let index = try sheets.index([(exercise, trace, files)], seed: 5)
        #expect(index.contains(files.problem))
    }

    @Test func worksheetHasAnEmptyLineForEveryComputedTerm() throws {
        let exercise = try Self.set(seed: 5, count: 1)[0]
        let trace = try Engine.run(exercise.setup)
        let sheets = try Self.sheets(.markdown)
        let worksheet = sheets.worksheet(trace: trace, header: ["#@ the setup"])
        #expect(worksheet.contains("'=', to at least 3 significant figures, then check it with\n#   backprop check FILE\n"))
        #expect(worksheet.contains("\n#@ the setup\n"))
        let lines = worksheet.split(separator: "\n").filter { !$0.hasPrefix("#") }
        let computed = trace.terms.filter { $0.section != .given }.map { trace.name(of: $0) + " =" }
        #expect(lines.map(String.init) == computed)
    }

    @Test(arguments: [DocumentStyle.markdown, .latex(), .html(), .text(ascii: false)])
    func theKeyGivesEveryAskedValueAndThePrintedWorksheetNone(style: DocumentStyle) throws {
        let exercise = try Self.set(seed: 5, count: 1)[0]
        let trace = try Engine.run(exercise.setup)
        var sheets = try Self.sheets(style)
        let files = ExerciseFiles(number: 1, count: 1, extension: "x")
        // LaTeX sets a number's integer part and fraction in two columns.
        let key = try sheets.key(exercise, trace: trace, files: files).replacingOccurrences(of: " & .", with: ".")
        let worksheet = try sheets.printedWorksheet(exercise, trace: trace, files: files, header: [])
        let numbers = NumberFormat.standard
        let asked: Set<TermKind> = [.netInput, .output, .outputError, .totalError, .delta, .weightGradient, .updatedWeight]
        let askedTerms = trace.terms.filter { $0.section != .given && asked.contains($0.kind) }
        #expect(askedTerms.count == 4 + 4 + 3 + 4 + 8 + 8)
        for term in askedTerms {
            let value = numbers.string(abs(term.value))
            #expect(key.contains(value), "the key lacks \(trace.name(of: term))")
            #expect(!worksheet.contains(value), "the worksheet gives away \(trace.name(of: term))")
        }
        #expect(key.contains(files.answers))
        // Not asked, so not in the key: the intermediate slopes.
        let slope = numbers.string(try #require(trace[named: "dout_o1/dnet_o1"]).value)
        #expect(!key.contains(slope))
        // The worksheet names every term check judges, under the name check reads.
        for term in trace.terms where term.section != .given {
            let name = trace.name(of: term)
            let written = style.templateFolder == "latex" ? name.replacingOccurrences(of: "_", with: "\\_") : name
            #expect(worksheet.contains(written), "the worksheet lacks \(name)")
        }
    }

    @Test func theStudentsPacketPairsEachSheetWithItsWorksheetAndTheKeysShareThePages() throws {
        let exercises = try Self.set(seed: 5, count: 2)
        var sheets = try Self.sheets(.latex())
        let pages = try exercises.map { exercise in
            try sheets.packetPages(
                exercise, trace: try Engine.run(exercise.setup),
                files: ExerciseFiles(number: exercise.number, count: 2, extension: "tex")
            )
        }
        let packets = try sheets.packets(pages, seed: 5)
        let students = packets.students
        let headings = ["Exercise 1: one step", "Exercise 1: worksheet", "Exercise 2: one step", "Exercise 2: worksheet"]
        let positions = try headings.map { try #require(students.range(of: $0)).lowerBound }
        #expect(positions == positions.sorted())
        #expect(students.components(separatedBy: "\\clearpage").count - 1 == 4)
        #expect(students.components(separatedBy: "\\begin{document}").count == 2)
        #expect(!students.contains("answer key"))
        // Paper names no files.
        #expect(!students.contains("exercise-0"), "a file name on paper")
        let keys = packets.keys
        #expect(keys.contains("Exercise 1: answer key") && keys.contains("Exercise 2: answer key"))
        #expect(!keys.contains("\\clearpage") && !keys.contains("\\newgeometry"), "keys share pages")
        #expect(!keys.contains("one step of backpropagation by hand"))
    }

    @Test func theWorksheetsColumnsHaveOneWidthInEverySection() throws {
        let exercise = try #require(try Self.set(seed: 5, count: 1).first)
        var sheets = try Self.sheets(.latex())
        let worksheet = try sheets.printedWorksheet(
            exercise, trace: try Engine.run(exercise.setup),
            files: ExerciseFiles(number: 1, count: 1, extension: "tex"), header: []
        )
        let specifications = worksheet.components(separatedBy: "\\begin{longtable}").dropFirst().map { $0.prefix(40) }
        #expect(specifications.count > 3)
        #expect(Set(specifications.map { $0.components(separatedBy: "\n")[0] }).count == 1, "\(specifications)")
        #expect(!worksheet.contains("\\begin{tabular}{l l l}"))
    }
}
