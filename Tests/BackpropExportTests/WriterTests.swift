import BackpropCheck
import BackpropExercises
import BackpropExport
import BackpropRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Every platform's export read back: well-formed, every answer and tolerance the model's (the
/// engine's and the rule's), every slip's value and feedback there.
@Suite struct WriterTests {
    /// One set of two-example (batch) exercises: every kind of asked term and slip but softmax's.
    static func sample() throws -> [ExportedQuestion] {
        var batch = ExerciseSettings()
        batch.exampleCount = 2
        return try ExportFixtures.questions(try ExportFixtures.exercises(seed: 31, settings: batch, count: 3))
    }

    /// One numeric answer as a platform states it.
    struct Answer: Equatable {
        let value: Double
        let tolerance: Double
        let feedback: String?
    }

    /// The answers the model asks for, term by term: the right one first, then each slip's.
    static func expected(_ questions: [ExportedQuestion]) -> [[Answer]] {
        questions.flatMap { question in
            question.asked.map { asked in
                [Answer(value: asked.value, tolerance: asked.tolerance, feedback: nil)]
                    + asked.slips.map { Answer(value: $0.value, tolerance: $0.tolerance, feedback: $0.feedback) }
            }
        }
    }

    @Test func moodleClozeIsWellFormedXMLWithEveryBlank() throws {
        let questions = try Self.sample()
        let xml = ExportFixtures.text(try #require(try Exporter(format: .moodle, setSeed: 31).files(questions).first))
        let document = try XMLDocument(xmlString: xml, options: [])
        let cloze = try document.nodes(forXPath: "//question[@type='cloze']")
        #expect(cloze.count == questions.count)
        let texts = try document.nodes(forXPath: "//question[@type='cloze']/questiontext/text").compactMap(\.stringValue)
        var blanks: [[Answer]] = []
        for text in texts {
            var rest = Substring(text)
            while let start = rest.range(of: "{1:NUMERICAL:") {
                // A blank ends at the first `}` not escaped by a backslash.
                var end = start.upperBound
                while rest[end] != "}" || rest[rest.index(before: end)] == "\\" { end = rest.index(after: end) }
                blanks.append(Self.clozeAnswers(rest[start.upperBound..<end]))
                rest = rest[rest.index(after: end)...]
            }
        }
        #expect(blanks == Self.expected(questions).map { answers in
            answers.map { Answer(value: $0.value, tolerance: $0.tolerance, feedback: $0.feedback ?? "Correct.") }
        })
        let files = try document.nodes(forXPath: "//question[@type='cloze']/questiontext/file")
        #expect(files.count == questions.count)
        let svg = try #require(Data(base64Encoded: files.first?.stringValue ?? ""))
        _ = try XMLDocument(data: svg, options: [])
    }

    /// `=0.5:0.0005#Correct.~%0%0.4:0.0005#The update …` read back, escapes undone.
    static func clozeAnswers(_ text: Substring) -> [Answer] {
        var answers: [String] = [""]
        var escaped = false
        for character in text {
            if escaped { answers[answers.count - 1].append(character); escaped = false; continue }
            if character == "\\" { escaped = true; continue }
            if character == "~" { answers.append(""); continue }
            answers[answers.count - 1].append(character)
        }
        return answers.map { answer in
            var body = Substring(answer)
            if body.hasPrefix("=") { body = body.dropFirst() }
            if body.hasPrefix("%0%") { body = body.dropFirst(3) }
            let parts = body.split(separator: "#", maxSplits: 1)
            let numbers = parts[0].split(separator: ":")
            let feedback = parts.count > 1 ? String(parts[1]) : nil
            return Answer(
                value: Double(numbers[0]) ?? .nan, tolerance: Double(numbers[1]) ?? .nan,
                feedback: feedback.map(Self.unescapedHTML)
            )
        }
    }

    static func unescapedHTML(_ text: String) -> String {
        text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func moodleNumericalAsksEachTermAsAQuestion() throws {
        let questions = try Self.sample()
        let file = try #require(try Exporter(format: .moodle, moodleStyle: .numerical, setSeed: 31).files(questions).first)
        let document = try XMLDocument(xmlString: ExportFixtures.text(file), options: [])
        let numerical = try document.nodes(forXPath: "//question[@type='numerical']")
        let expected = Self.expected(questions)
        #expect(numerical.count == expected.count)
        for (node, answers) in zip(numerical, expected) {
            let read = try node.nodes(forXPath: "answer").map { answer in
                Answer(
                    value: Double(try answer.nodes(forXPath: "text").first?.stringValue ?? "") ?? .nan,
                    tolerance: Double(try answer.nodes(forXPath: "tolerance").first?.stringValue ?? "") ?? .nan,
                    feedback: try answer.nodes(forXPath: "feedback/text").first?.stringValue
                )
            }
            #expect(read == answers.map { Answer(value: $0.value, tolerance: $0.tolerance, feedback: $0.feedback ?? "Correct.") })
            let fractions = try node.nodes(forXPath: "answer/@fraction").compactMap(\.stringValue)
            #expect(fractions == ["100"] + Array(repeating: "0", count: answers.count - 1))
        }
    }

    @Test func giftAsksEachTermWithItsSlips() throws {
        let questions = try Self.sample()
        let text = ExportFixtures.text(try #require(try Exporter(format: .gift, setSeed: 31).files(questions).first))
        var read: [[Answer]] = []
        for block in text.components(separatedBy: "{#\n").dropFirst() {
            let body = try #require(block.components(separatedBy: "\n}").first)
            read.append(body.split(separator: "\n").map { line in
                var answer = Substring(line.trimmingCharacters(in: .whitespaces))
                answer = answer.dropFirst()  // "="
                if answer.hasPrefix("%0%") { answer = answer.dropFirst(3) }
                let parts = answer.split(separator: "#", maxSplits: 1)
                let numbers = parts[0].split(separator: ":")
                var feedback = String(parts[1])
                for special in ["~", "=", "#", "{", "}", ":"] { feedback = feedback.replacingOccurrences(of: "\\" + special, with: special) }
                return Answer(value: Double(numbers[0]) ?? .nan, tolerance: Double(numbers[1]) ?? .nan, feedback: Self.unescapedHTML(feedback))
            })
        }
        #expect(read == Self.expected(questions).map { answers in
            answers.map { Answer(value: $0.value, tolerance: $0.tolerance, feedback: $0.feedback ?? "Correct.") }
        })
        // Every question is one paragraph: no blank line inside a question.
        #expect(!text.contains("::[html]\n"))
    }

    @Test func prairieLearnFoldersHoldInfoQuestionAndSlips() throws {
        let questions = try Self.sample()
        let files = try Exporter(format: .prairielearn, setSeed: 31).files(questions)
        var uuids: Set<String> = []
        for question in questions {
            let folder = question.stem + "/"
            let named = Dictionary(uniqueKeysWithValues: files.map { ($0.name, $0) })
            let info = try #require(named[folder + "info.json"])
            let json = try #require(try JSONSerialization.jsonObject(with: Data(info.bytes)) as? [String: Any])
            let uuid = try #require(json["uuid"] as? String)
            #expect(UUID(uuidString: uuid) != nil)
            uuids.insert(uuid)
            let html = ExportFixtures.text(try #require(named[folder + "question.html"]))
            let inputs = html.components(separatedBy: "<pl-number-input ").dropFirst()
            #expect(inputs.count == question.asked.count)
            for (input, asked) in zip(inputs, question.asked) {
                #expect(Double(Self.attribute("correct-answer", in: input)) == asked.value)
                #expect(Double(Self.attribute("atol", in: input)) == asked.tolerance)
                #expect(Self.attribute("rtol", in: input) == "0")
            }
            let server = ExportFixtures.text(try #require(named[folder + "server.py"]))
            for slip in question.asked.flatMap(\.slips) {
                #expect(server.contains("(\(NumberFormat.exact(slip.value)), "))
            }
            #expect(named[folder + "clientFilesQuestion/network.svg"] != nil)
        }
        #expect(uuids.count == questions.count)
    }

    static func attribute(_ name: String, in element: String) -> String {
        guard let start = element.range(of: name + "=\"") else { return "" }
        return String(element[start.upperBound...].prefix { $0 != "\"" })
    }
}
