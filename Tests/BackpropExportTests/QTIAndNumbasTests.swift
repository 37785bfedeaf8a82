import BackpropCheck
import BackpropExercises
import BackpropExport
import BackpropRender
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Canvas's QTI package and the Numbas exam read back: every answer, margin and slip.
@Suite struct QTIAndNumbasTests {
    @Test func qtiPackageHoldsAManifestAndAQuizPerExercise() throws {
        let questions = try WriterTests.sample()
        let package = try #require(try Exporter(format: .qti, setSeed: 31).files(questions).first)
        let entries = try ZipReader.entries(package.bytes)
        let named = Dictionary(uniqueKeysWithValues: entries.map { ($0.name, $0.bytes) })
        let manifest = try XMLDocument(data: Data(try #require(named["imsmanifest.xml"])), options: [])
        let hrefs = try manifest.nodes(forXPath: "//*[local-name()='resource'][@type='imsqti_xmlv1p2']/*[local-name()='file']/@href")
            .compactMap(\.stringValue)
        #expect(hrefs == questions.map { "\($0.stem)/\($0.stem).xml" })
        let expected = WriterTests.expected(questions)
        var read: [[WriterTests.Answer]] = []
        for href in hrefs {
            let document = try XMLDocument(data: Data(try #require(named[href])), options: [])
            let items = try document.nodes(forXPath: "//*[local-name()='item']")
            #expect(try items.first?.nodes(forXPath: ".//*[local-name()='fieldentry']").first?.stringValue == "text_only_question")
            for item in items.dropFirst() {
                let prompt = try item.nodes(forXPath: ".//*[local-name()='presentation']//*[local-name()='mattext']").first?.stringValue ?? ""
                var factor = 1.0
                if let power = prompt.range(of: "enter 10") {
                    let digits = prompt[power.upperBound...].prefix { "⁰¹²³⁴⁵⁶⁷⁸⁹".contains($0) }
                    let exponent = Int(String(digits.map { "⁰¹²³⁴⁵⁶⁷⁸⁹".firstIndex(of: $0).map { "⁰¹²³⁴⁵⁶⁷⁸⁹".distance(from: "⁰¹²³⁴⁵⁶⁷⁸⁹".startIndex, to: $0) }.map(String.init) ?? "" }.joined())) ?? 0
                    factor = pow(10, Double(exponent))
                }
                func number(_ path: String, _ node: XMLNode) throws -> Double {
                    Double(try node.nodes(forXPath: path).first?.stringValue ?? "") ?? .nan
                }
                let conditions = try item.nodes(forXPath: ".//*[local-name()='respcondition']")
                let right = try #require(conditions.first)
                let exact = try number(".//*[local-name()='varequal']", right)
                let low = try number(".//*[local-name()='vargte']", right)
                let high = try number(".//*[local-name()='varlte']", right)
                // Canvas keeps margins from 0.0001 up.
                #expect((high - low) / 2 >= 0.0001 * (1 - 1e-9) || high == low)
                var answers = [WriterTests.Answer(value: exact / factor, tolerance: (high - low) / 2 / factor, feedback: nil)]
                let feedback = try item.nodes(forXPath: ".//*[local-name()='itemfeedback']")
                for condition in conditions.dropFirst() where try condition.nodes(forXPath: ".//*[local-name()='other']").isEmpty {
                    let low = try number(".//*[local-name()='vargte']", condition)
                    let high = try number(".//*[local-name()='varlte']", condition)
                    let link = try condition.nodes(forXPath: ".//*[local-name()='displayfeedback']/@linkrefid").first?.stringValue
                    let text = try feedback.first { try $0.nodes(forXPath: "@ident").first?.stringValue == link }?
                        .nodes(forXPath: ".//*[local-name()='mattext']").first?.stringValue ?? ""
                    answers.append(WriterTests.Answer(
                        value: (low + high) / 2 / factor, tolerance: (high - low) / 2 / factor,
                        feedback: WriterTests.unescapedHTML(String(text.dropFirst(3).dropLast(4)))
                    ))
                }
                read.append(answers)
            }
        }
        #expect(read.count == expected.count)
        for (got, want) in zip(read, expected) {
            #expect(got.count == want.count)
            for (a, b) in zip(got, want) {
                #expect(abs(a.value - b.value) <= 1e-12 * max(1, abs(b.value)), "\(a.value) vs \(b.value)")
                #expect(abs(a.tolerance - b.tolerance) <= 1e-12 * max(1e-6, b.tolerance))
                #expect(a.feedback == b.feedback)
            }
        }
    }

    @Test func numbasExamIsJSONWithAGapPerTermMarkedAdaptively() throws {
        let questions = try WriterTests.sample()
        let file = try #require(try Exporter(format: .numbas, setSeed: 31).files(questions).first)
        let text = ExportFixtures.text(file)
        #expect(text.hasPrefix("// Numbas version: exam_results_page_options\n"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.drop { $0 != "\n" }.utf8)) as? [String: Any])
        let groups = try #require(json["question_groups"] as? [[String: Any]])
        let exam = try #require(groups.first?["questions"] as? [[String: Any]])
        #expect(exam.count == questions.count)
        for (numbas, question) in zip(exam, questions) {
            let variables = try #require(numbas["variables"] as? [String: [String: Any]])
            #expect(variables.count == question.derivation.count)
            for value in question.derivation {
                let definition = try #require(variables[value.identifier]?["definition"] as? String)
                if let formula = value.formula {
                    #expect(definition == formula)
                } else {
                    #expect(Double(definition) == value.value)
                }
            }
            let parts = try #require(numbas["parts"] as? [[String: Any]])
            let gaps = try #require(parts.first?["gaps"] as? [[String: Any]])
            #expect(gaps.count == question.asked.count)
            for (index, (gap, asked)) in zip(gaps, question.asked).enumerated() {
                let variable = question.derivation[asked.term].identifier
                let tolerance = NumberFormat.exact(asked.tolerance)
                #expect(gap["minValue"] as? String == "\(variable) - \(tolerance)")
                #expect(gap["maxValue"] as? String == "\(variable) + \(tolerance)")
                #expect(gap["variableReplacementStrategy"] as? String == "originalfirst")
                // Each slip's range answers with its feedback, in the built-in note's place.
                let marking = try #require(gap["customMarkingAlgorithm"] as? String)
                #expect(gap["extendBaseMarkingAlgorithm"] as? Bool == true)
                #expect(marking.isEmpty == asked.slips.isEmpty)
                if !asked.slips.isEmpty { #expect(marking.hasPrefix("numberInRange (")) }
                for slip in asked.slips {
                    let low = NumberFormat.exact(slip.value - slip.tolerance)
                    let high = NumberFormat.exact(slip.value + slip.tolerance)
                    let quoted = "\"" + slip.feedback.replacingOccurrences(of: "\\", with: "\\\\")
                        .replacingOccurrences(of: "\"", with: "\\\"") + "\""
                    #expect(marking.contains("studentNumber >= \(low) and studentNumber <= \(high), incorrect(\(quoted)),\n"))
                }
                for replacement in try #require(gap["variableReplacements"] as? [[String: Any]]) {
                    let part = try #require(replacement["part"] as? String)
                    let earlier = try #require(Int(part.dropFirst("p0g".count)))
                    #expect(earlier < index)
                    #expect(replacement["variable"] as? String == question.derivation[question.asked[earlier].term].identifier)
                }
            }
        }
    }

    /// Every formula a Numbas variable is defined by gives the engine's value: evaluated here by
    /// substituting each operand's value and the functions (a small reader of the ASCII notation).
    @Test func numbasFormulasRecomputeTheEnginesValues() throws {
        for setting in ExportFixtures.settings {
            let exercises = try ExportFixtures.exercises(seed: 13, layers: setting.layers, settings: setting.settings, count: 1)
            let question = try #require(try ExportFixtures.questions(exercises).first)
            let values = question.derivation.map(\.value)
            var formulas = 0
            for value in question.derivation {
                guard let formula = value.formula else { continue }
                formulas += 1
                var parser = ArithmeticReader(text: formula, values: values)
                let computed = try parser.read()
                #expect(abs(computed - value.value) <= 1e-12 * max(1, abs(value.value)), "\(value.identifier) = \(formula)")
            }
            #expect(formulas > question.asked.count / 2, "\(setting.name)")
        }
    }
}

/// Reads `v3*v1 + v4*v2 + v11*1`, `1/(1 + exp(-v16))`, `-(v12 - v20)`, `tanh(v4)`, `ln(v7)`, `a^2`.
struct ArithmeticReader {
    struct Unreadable: Error {}
    let characters: [Character]
    let values: [Double]
    var position = 0

    init(text: String, values: [Double]) {
        characters = Array(text.filter { $0 != " " })
        self.values = values
    }

    mutating func read() throws -> Double {
        let value = try sum()
        guard position == characters.count else { throw Unreadable() }
        return value
    }

    private mutating func sum() throws -> Double {
        var value = try product()
        while position < characters.count, characters[position] == "+" || characters[position] == "-" {
            let sign = characters[position]
            position += 1
            let next = try product()
            value = sign == "+" ? value + next : value - next
        }
        return value
    }

    private mutating func product() throws -> Double {
        var value = try power()
        while position < characters.count, characters[position] == "*" || characters[position] == "/" {
            let operation = characters[position]
            position += 1
            let next = try power()
            value = operation == "*" ? value * next : value / next
        }
        return value
    }

    private mutating func power() throws -> Double {
        let base = try unary()
        guard position < characters.count, characters[position] == "^" else { return base }
        position += 1
        return pow(base, try unary())
    }

    private mutating func unary() throws -> Double {
        if position < characters.count, characters[position] == "-" {
            position += 1
            return -(try unary())
        }
        return try atom()
    }

    private mutating func atom() throws -> Double {
        guard position < characters.count else { throw Unreadable() }
        if characters[position] == "(" {
            position += 1
            let value = try sum()
            guard position < characters.count, characters[position] == ")" else { throw Unreadable() }
            position += 1
            return value
        }
        var word = ""
        while position < characters.count, characters[position].isLetter || characters[position].isNumber || characters[position] == "." {
            word.append(characters[position])
            position += 1
        }
        if let number = Double(word) { return number }
        if word.first == "v", let index = Int(word.dropFirst()) { return values[index] }
        let functions: [String: (Double) -> Double] = ["exp": exp, "ln": log, "tanh": tanh, "sqrt": sqrt]
        if let function = functions[word] {
            return function(try atom())
        }
        if word == "max" {
            guard characters[position] == "(" else { throw Unreadable() }
            position += 1
            let first = try sum()
            guard characters[position] == "," else { throw Unreadable() }
            position += 1
            let second = try sum()
            position += 1
            return Swift.max(first, second)
        }
        throw Unreadable()
    }
}
