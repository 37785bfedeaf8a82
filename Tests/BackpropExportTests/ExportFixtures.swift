import BackpropCheck
import BackpropCore
import BackpropExercises
import BackpropExport
import BackpropRender
import BackpropReport
import Foundation
import Testing

/// Exercise sets and their questions for the export tests.
enum ExportFixtures {
    /// The option names `check` uses, as the tool spells them.
    static let optionNames = OptionNames(option: { "--\($0)" }, networkValues: "--weights")

    /// The settings the tests export under.
    static let settings: [(name: String, layers: [Int], settings: ExerciseSettings)] = {
        var tanh = ExerciseSettings()
        tanh.activations = [.tanh]
        var batch = ExerciseSettings()
        batch.exampleCount = 2
        var softmax = ExerciseSettings()
        softmax.activations = [.logistic, .softmax]
        softmax.loss = .crossEntropy
        var biases = ExerciseSettings()
        biases.training.updateBiases = true
        return [
            ("default", [2, 2, 2], ExerciseSettings()),
            ("deeper", [2, 3, 2], ExerciseSettings()),
            ("tanh", [2, 2, 2], tanh),
            ("batch", [2, 2, 2], batch),
            ("softmax", [2, 3, 3], softmax),
            ("update-biases", [2, 2, 2], biases),
        ]
    }()

    static func exercises(seed: UInt64, layers: [Int] = [2, 2, 2], settings: ExerciseSettings = ExerciseSettings(), count: Int) throws -> [Exercise] {
        try ExerciseGenerator(seed: seed, layerSizes: layers, settings: settings).exercises(count: count)
    }

    static func questions(_ exercises: [Exercise], rule: MarkingRule = .standard) throws -> [ExportedQuestion] {
        var builder = QuestionBuilder(
            rule: rule, optionNames: optionNames, templates: try WalkthroughRenderer.templates(overriding: nil)
        )
        return try exercises.map { try builder.question($0, count: exercises.count) }
    }

    static func text(_ file: ExportedFile) -> String { String(decoding: file.bytes, as: UTF8.self) }
}
