import Foundation
import BackpropCore
import BackpropExercises
import BackpropRender
import Testing

/// Exercises for settings other than the reference's: activations, losses, learning rates,
/// biases or none, bias updates and batches of examples.
@Suite struct ExerciseSettingsTests {
    /// A named case, so that a failure says which settings it was.
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let layers: [Int]
        let settings: ExerciseSettings
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "tanh, squared", layers: [2, 2, 2], settings: .init(activations: [.tanh], loss: .squared)),
        Case(
            name: "relu hidden, logistic out, mean-squared, 2 examples", layers: [2, 3, 2],
            settings: .init(activations: [.relu, .logistic], loss: .meanSquared, exampleCount: 2)
        ),
        Case(name: "linear", layers: [2, 2, 1], settings: .init(activations: [.linear], learningRate: 0.1)),
        Case(
            name: "tanh, softmax, cross-entropy", layers: [2, 2, 3],
            settings: .init(activations: [.tanh, .softmax], loss: .crossEntropy)
        ),
        Case(
            name: "relu, softmax, cross-entropy, 3 examples", layers: [2, 3, 2],
            settings: .init(activations: [.relu, .softmax], loss: .crossEntropy, exampleCount: 3)
        ),
        Case(
            name: "softmax, half-squared", layers: [3, 2],
            settings: .init(activations: [.softmax])
        ),
        Case(
            name: "binary cross-entropy, 2 examples", layers: [2, 2, 1],
            settings: .init(loss: .binaryCrossEntropy, exampleCount: 2)
        ),
        Case(
            name: "biases updated, η 0.25", layers: [2, 2, 2],
            settings: .init(learningRate: 0.25, training: TrainingOptions(updateBiases: true))
        ),
        Case(name: "no biases, 4 examples", layers: [3, 2], settings: .init(hasBiases: false, exampleCount: 4)),
        Case(
            name: "tanh, softmax, cross-entropy, 2 examples, no biases", layers: [2, 2, 2],
            settings: .init(activations: [.tanh, .softmax], loss: .crossEntropy, hasBiases: false, exampleCount: 2)
        ),
        Case(
            name: "deep tanh, 8 examples, sum", layers: [3, 3, 3, 2],
            settings: .init(activations: [.tanh], exampleCount: 8, training: TrainingOptions(reduction: .sum))
        ),
    ]

    static func set(_ item: Case, seed: UInt64, count: Int) throws -> [Exercise] {
        try ExerciseGenerator(seed: seed, layerSizes: item.layers, settings: item.settings).exercises(count: count)
    }

    @Test func defaultSettingsAreTheReferencesAndKeepEverySeedsSet() throws {
        let settings = ExerciseSettings()
        #expect(settings.activations == [.logistic] && settings.loss == .halfSquared)
        #expect(settings.learningRate == 0.5 && settings.hasBiases && settings.exampleCount == 1)
        #expect(settings.training == TrainingOptions())
        let implicit = try ExerciseGenerator(seed: 42, layerSizes: [2, 2, 2]).exercises(count: 4)
        let explicit = try ExerciseGenerator(seed: 42, layerSizes: [2, 2, 2], settings: settings).exercises(count: 4)
        #expect(implicit == explicit)
        #expect(implicit.allSatisfy { $0.options == TrainingOptions() })
    }

    @Test(arguments: cases)
    func theSameSeedAndSettingsGiveTheSameSet(item: Case) throws {
        let first = try Self.set(item, seed: 7, count: 3)
        #expect(first == (try Self.set(item, seed: 7, count: 3)))
        #expect(Array((try Self.set(item, seed: 7, count: 4)).prefix(3)) == first)
        #expect(zip(first, try Self.set(item, seed: 8, count: 3)).allSatisfy { $0.setup != $1.setup })
    }

    @Test(arguments: cases)
    func everyExerciseHasTheSettingsTwoDecimalsFittingTargetsAndIsNotDegenerate(item: Case) throws {
        let layers = item.layers.count - 1
        let outputActivation = item.settings.activations.count == 1
            ? item.settings.activations[0] : item.settings.activations[layers - 1]
        for seed: UInt64 in [1, 2024, .max] {
            let exercises = try Self.set(item, seed: seed, count: 4)
            for exercise in exercises {
                let setup = exercise.setup, network = setup.network
                #expect(exercise.options == item.settings.training)
                #expect(setup.loss == item.settings.loss)
                #expect(setup.learningRate == item.settings.learningRate)
                #expect(network.activations.count == layers)
                #expect(network.activations.last == outputActivation)
                #expect(network.biasSharing == (item.settings.hasBiases ? .perLayer : .none))
                #expect(network.hasBiases == item.settings.hasBiases)
                #expect(setup.examples.count == item.settings.exampleCount)
                #expect(Set(setup.examples.map(\.inputs)).count == setup.examples.count, "two examples alike")
                let drawn = setup.examples.flatMap { $0.inputs + $0.targets } + network.weights
                    + network.biases.flatMap { $0 }
                for value in drawn {
                    #expect((value * 100).rounded() / 100 == value, "\(value) has more than two decimals")
                }
                for example in setup.examples {
                    #expect(example.inputs.allSatisfy { $0 > 0 && $0 < 1 })
                    if outputActivation == .softmax {
                        #expect(example.targets.filter { $0 == 1 }.count == 1, "not one-hot: \(example.targets)")
                        #expect(example.targets.allSatisfy { $0 == 0 || $0 == 1 })
                    } else if item.settings.loss == .binaryCrossEntropy {
                        #expect(example.targets.allSatisfy { $0 == 0 || $0 == 1 })
                    } else {
                        #expect(example.targets.allSatisfy { $0 > 0 && $0 < 1 })
                    }
                }
                let trace = try Engine.run(setup, options: exercise.options)
                #expect(ExerciseChecks.degeneracies(of: trace).isEmpty, "seed \(seed), exercise \(exercise.number)")
            }
        }
    }

    @Test func binaryLabelsAndClassesAreBothDrawn() throws {
        let labels = try ExerciseGenerator(
            seed: 3, layerSizes: [2, 2, 1], settings: .init(loss: .binaryCrossEntropy, exampleCount: 4)
        ).exercises(count: 5).flatMap { $0.setup.examples.flatMap(\.targets) }
        #expect(Set(labels) == [0, 1])
        let classes = try ExerciseGenerator(
            seed: 3, layerSizes: [2, 2, 3], settings: .init(activations: [.tanh, .softmax], loss: .crossEntropy)
        ).exercises(count: 12).compactMap { $0.setup.targets.firstIndex(of: 1) }
        #expect(Set(classes) == [0, 1, 2])
    }

    static let refused: [(layers: [Int], settings: ExerciseSettings, error: ExerciseError)] = [
        ([2, 2, 2], .init(loss: .crossEntropy), .unsuitableSettings(.network(NetworkError(
            .loss, .lossNeedsOutputActivation(.crossEntropy, needs: .softmax, has: .logistic)
        )))),
        ([2, 2, 1], .init(activations: [.tanh], loss: .binaryCrossEntropy), .unsuitableSettings(.network(NetworkError(
            .loss, .lossNeedsOutputActivation(.binaryCrossEntropy, needs: .logistic, has: .tanh)
        )))),
        ([2, 2, 2], .init(activations: [.softmax]), .unsuitableSettings(.network(NetworkError(
            .activation, .softmaxNotOnOutput(layer: 1)
        )))),
        ([2, 2, 2], .init(activations: [.tanh, .tanh, .logistic]), .unsuitableSettings(.network(NetworkError(
            .activation, .wrongCount(expected: 2, got: 3, layers: [2, 2, 2])
        )))),
        ([2, 1], .init(activations: [.softmax]), .unsuitableSettings(.softmaxOfOneOutput)),
        ([2, 2, 2], .init(exampleCount: 0), .unsuitableSettings(.exampleCount(0, limit: 8))),
        ([2, 2, 2], .init(exampleCount: 9), .unsuitableSettings(.exampleCount(9, limit: 8))),
        ([2, 2, 2], .init(learningRate: 0), .unsuitableSettings(.learningRate(0, limit: 10))),
        ([2, 2, 2], .init(learningRate: -0.5), .unsuitableSettings(.learningRate(-0.5, limit: 10))),
        ([2, 2, 2], .init(learningRate: 10.5), .unsuitableSettings(.learningRate(10.5, limit: 10))),
        ([2, 2, 2], .init(training: TrainingOptions(steps: 2)), .unsuitableSettings(.stepCount(2))),
        ([2, 2, 2], .init(exampleCount: 2, training: TrainingOptions(hiddenUses: .updated)),
         .unsuitableSettings(.training(.updatedOrderingNeedsOneExample(examples: 2)))),
    ]

    @Test(arguments: refused.indices)
    func settingsThatMakeNoExerciseAreRefusedBeforeAnyDraw(index: Int) {
        let (layers, settings, error) = Self.refused[index]
        #expect(throws: error) { try ExerciseGenerator(seed: 1, layerSizes: layers, settings: settings) }
    }

    @Test func aLearningRateThatIsNotANumberIsRefused() {
        #expect(throws: ExerciseError.self) {
            try ExerciseGenerator(seed: 1, layerSizes: [2, 2, 2], settings: .init(learningRate: .nan))
        }
    }

    static func setup(
        _ layers: [Int], weights: [Double], activations: [Activation], loss: Loss = .halfSquared,
        inputs: [Double], targets: [Double]
    ) throws -> TrainingSetup {
        try TrainingSetup(
            layerSizes: layers, weights: weights, biases: Array(repeating: [], count: layers.count - 1),
            biasSharing: .none, activations: activations,
            examples: [Example(inputs: inputs, targets: targets)], loss: loss, learningRate: 0.5
        )
    }

    @Test func checksFindDeadReluNeurons() throws {
        let setup = try Self.setup(
            [1, 2, 1], weights: [-0.5, 0.4, 0.3, 0.6], activations: [.relu, .logistic],
            inputs: [0.5], targets: [0.9]
        )
        let found = ExerciseChecks.degeneracies(of: try Engine.run(setup))
        #expect(found.contains(.deadNeuron(TermID(.output, layer: 1, neuron: 0))))
        #expect(!found.contains(.deadNeuron(TermID(.output, layer: 1, neuron: 1))))
    }

    @Test func checksFindASoftmaxOutputAlreadyRight() throws {
        let setup = try Self.setup(
            [1, 2], weights: [3, -3], activations: [.softmax], loss: .crossEntropy,
            inputs: [0.9], targets: [1, 0]
        )
        let found = ExerciseChecks.degeneracies(of: try Engine.run(setup))
        #expect(found.contains(.saturated(TermID(.output, layer: 1, neuron: 0))))
        #expect(found.contains(.outputAtTarget(TermID(.output, layer: 1, neuron: 0))))
    }

    @Test func checksFindSaturatedTanhNeurons() throws {
        let setup = try Self.setup(
            [1, 1, 1], weights: [-3, 0.5], activations: [.tanh, .tanh], inputs: [0.9], targets: [0.5]
        )
        let found = ExerciseChecks.degeneracies(of: try Engine.run(setup))
        #expect(found.contains(.saturated(TermID(.output, layer: 1, neuron: 0))))
    }

    @Test func aCrossEntropyShareThatIsExactlyZeroIsNoFault() throws {
        let setup = try Self.setup(
            [1, 2], weights: [0.5, -0.2], activations: [.softmax], loss: .crossEntropy,
            inputs: [0.6], targets: [0, 1]
        )
        let trace = try Engine.run(setup)
        #expect(try #require(trace[named: "E_o1"]).value == 0)
        #expect(ExerciseChecks.degeneracies(of: trace).isEmpty)
    }

    @Test func aSoftmaxLayersSharedBiasGradientIsZeroByNatureAndNoFault() throws {
        let setup = try TrainingSetup(
            layerSizes: [2, 3], weights: [0.3, -0.2, 0.1, 0.4, -0.35, 0.25], biases: [[0.2]],
            biasSharing: .perLayer, activations: [.softmax],
            examples: [Example(inputs: [0.3, 0.7], targets: [0, 1, 0]), Example(inputs: [0.9, 0.1], targets: [1, 0, 0])],
            loss: .crossEntropy, learningRate: 0.5
        )
        let trace = try Engine.run(setup, options: TrainingOptions(updateBiases: true))
        #expect(abs(try #require(trace[.init(.biasGradient, layer: 1)]).value) < 1e-15)
        #expect(ExerciseChecks.degeneracies(of: trace).isEmpty)
    }

    static let sheets = [DocumentStyle.markdown, .latex(), .html(), .text(ascii: false)]

    @Test(arguments: sheets)
    func problemSheetsSayTheSettings(style: DocumentStyle) throws {
        let item = Self.cases[9]
        let exercise = try Self.set(item, seed: 7, count: 1)[0]
        let trace = try Engine.run(exercise.setup, options: exercise.options)
        var sheets = ExerciseSheetRenderer(
            style: style, options: WalkthroughOptions(), templates: try WalkthroughRenderer.templates(overriding: nil),
            rule: "to at least 3 significant figures"
        )
        let files = ExerciseFiles(number: 1, count: 1, extension: "x")
        // Text on a terminal is wrapped to its width: compare the words.
        let problem = try sheets.problem(exercise, trace: trace, files: files).replacingOccurrences(of: "\n", with: " ")
        #expect(problem.contains("tanh in the hidden layer and softmax in the output layer"))
        #expect(problem.contains("a batch of 2 examples"))
        #expect(problem.contains("the mean"))
        #expect(problem.contains("The network has no biases."))
        #expect(!problem.contains("bias shared"))
        #expect(problem.contains("softmax; each example"))
        #expect(problem.contains("example 2"), "a task heading names example 2")
        let index = try sheets.index([(exercise, trace, files)], seed: 7)
        let inputs = exercise.setup.examples.map { $0.inputs.map(NumberFormat.standard.string).joined(separator: ", ") }
        #expect(index.contains(inputs.joined(separator: "; ")))
    }

    @Test func aProblemSheetSaysWhenBiasesLearn() throws {
        let item = Self.cases[7]
        let exercise = try Self.set(item, seed: 7, count: 1)[0]
        let trace = try Engine.run(exercise.setup, options: exercise.options)
        var sheets = ExerciseSheetRenderer(
            style: .markdown, options: WalkthroughOptions(), templates: try WalkthroughRenderer.templates(overriding: nil),
            rule: "to at least 3 significant figures"
        )
        let problem = try sheets.problem(exercise, trace: trace, files: ExerciseFiles(number: 1, count: 1, extension: "md"))
        #expect(problem.contains("the biases are updated too."))
        #expect(problem.contains("with the logistic activation, trained for one step on\none example with"))
        #expect(problem.contains("$b_{1}^{+}$"), "the updated bias is a task")
    }

    @Test func theReferenceSettingsKeepTheFirstReleasesWording() throws {
        let exercise = try ExerciseGenerator(seed: 5, layerSizes: [2, 2, 2]).exercises(count: 1)[0]
        let trace = try Engine.run(exercise.setup)
        var sheets = ExerciseSheetRenderer(
            style: .markdown, options: WalkthroughOptions(), templates: try WalkthroughRenderer.templates(overriding: nil),
            rule: "to at least 3 significant figures"
        )
        let problem = try sheets.problem(exercise, trace: trace, files: ExerciseFiles(number: 1, count: 1, extension: "md"))
        #expect(problem.contains("""
            network with the logistic activation, trained for one step on
            one example with the squared error ½(target − out)² and the learning rate $\\eta = 0.5$.
            Each layer has one bias shared by all of its neurons; the biases are not updated.

            """))
    }
}
