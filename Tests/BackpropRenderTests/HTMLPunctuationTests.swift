import BackpropCore
import BackpropExercises
import BackpropRender
import Foundation
import Testing

/// No line of an HTML document a browser lays out may start with stray punctuation.
@Suite struct HTMLPunctuationTests {
    /// Every HTML template rendered: the walkthrough of the reference and of a deep network with
    /// per-neuron biases (first and all detail, biases updated, the updated ordering, many steps),
    /// a problem sheet and an index.
    static func documents() throws -> [(name: String, html: String)] {
        let templates = try WalkthroughRenderer.templates(overriding: nil)
        var documents: [(String, String)] = []
        let setups = [("reference", TrainingSetup.reference), ("deep", try WalkthroughGoldenTests.deepNetwork())]
        let trainings = [
            ("", TrainingOptions()),
            (" updated, biases, 100 steps", TrainingOptions(hiddenUses: .updated, updateBiases: true, steps: 100)),
        ]
        for (name, setup) in setups {
            for (training, options) in trainings {
                for detail in WalkthroughOptions.Detail.allCases {
                    for bodyOnly in [false, true] {
                        var renderer = WalkthroughRenderer(style: .html(bodyOnly: bodyOnly), options: WalkthroughOptions(detail: detail), templates: templates)
                        documents.append(("\(name)\(training) \(detail)", try renderer.render(Engine.run(setup, options: options))))
                    }
                }
            }
        }
        let exercises = try ExerciseGenerator(seed: 12, layerSizes: [2, 3, 2]).exercises(count: 2)
        var sheets = ExerciseSheetRenderer(style: .html(), options: WalkthroughOptions(), templates: templates, rule: "to at least 3 significant figures")
        let set = try exercises.enumerated().map { index, exercise in
            (exercise, try Engine.run(exercise.setup), ExerciseFiles(number: index + 1, count: 2, extension: "html"))
        }
        for (exercise, trace, files) in set {
            documents.append((files.problem, try sheets.problem(exercise, trace: trace, files: files)))
        }
        documents.append(("index", try sheets.index(set, seed: 12)))
        return documents
    }

    /// Where a browser may start a line with `, . ; : )`: at the start of a line of the source,
    /// right after an opening tag, or right after an inline formula (browsers break after a
    /// `<math>` as after an image) unless the two are in a `nowrap` span.
    static func strays(_ html: String) -> [String] {
        var text = html.replacingOccurrences(of: "(?s)<style>.*?</style>", with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "(?s)<svg.*?</svg>", with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "(?s)<span style=\"white-space: nowrap\">.*?</span>", with: "M", options: .regularExpression)
        // A formula is one unbreakable thing on a line; what is inside it is not text.
        text = text.replacingOccurrences(of: "(?s)<math\\b.*?</math>", with: "{math}", options: .regularExpression)
        var found: [String] = []
        for line in text.split(separator: "\n") {
            let patterns = [#"^\s*[,.;:)]"#, #"<[a-zA-Z][^>]*>\s*[,.;:)]"#, #"\{math\}\s*[,.;:)]"#]
            if patterns.contains(where: { line.range(of: $0, options: .regularExpression) != nil }) {
                found.append(String(line.prefix(160)))
            }
        }
        return found
    }

    @Test func noLineStartsWithPunctuation() throws {
        for (name, html) in try Self.documents() {
            let strays = Self.strays(html)
            #expect(strays.isEmpty, "\(name): \(strays.count) places, the first: \(strays.first ?? "")")
        }
    }

    @Test func theCheckFindsEachKindOfStray() {
        #expect(Self.strays("<li><strong>a:</strong> <math><mi>x</mi></math>, <math><mi>y</mi></math></li>").count == 1)
        #expect(Self.strays("<p>one\n, two</p>").count == 1)
        #expect(Self.strays("<p>; three</p>").count == 1)
        #expect(Self.strays("<p>(<span style=\"white-space: nowrap\"><math><mi>x</mi></math>):</span> fine</p>").isEmpty)
    }
}
