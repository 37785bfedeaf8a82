import BackpropCheck
import BackpropCore
import BackpropExercises
import BackpropRender
import BackpropReport
import Foundation
import TemplateKit

/// Builds the ``ExportedQuestion`` of each exercise: the problem from the exercise set's own
/// problem sheet (HTML and text), the asked terms and their values from the engine's trace,
/// tolerances from the marking rule, and the slips' values and sentences from `check`.
package struct QuestionBuilder {
    /// How precisely values are asked for.
    package let rule: MarkingRule
    private let optionNames: OptionNames
    private var html: ExerciseSheetRenderer
    private var text: ExerciseSheetRenderer
    private let pictureStyle: String

    /// A builder rendering the problem with `templates`, asking for values to `rule`, and
    /// phrasing diagnoses with the tool's option names.
    package init(rule: MarkingRule, optionNames: OptionNames, templates: TemplateLibrary) {
        self.rule = rule
        self.optionNames = optionNames
        let instruction = MarkingRuleText.instruction(rule)
        html = ExerciseSheetRenderer(style: .html(), options: WalkthroughOptions(), templates: templates, rule: instruction)
        text = ExerciseSheetRenderer(style: .text(ascii: false), options: WalkthroughOptions(), templates: templates, rule: instruction)
        let css = templates.builtIns["html/style.css"] ?? ""
        pictureStyle = css.split(separator: "\n").filter { $0.hasPrefix("svg ") }.joined(separator: "\n")
    }

    /// The question of `exercise`, one of `count`.
    package mutating func question(_ exercise: Exercise, count: Int) throws -> ExportedQuestion {
        let trace = try Engine.run(exercise.setup, options: exercise.options)
        let files = ExerciseFiles(number: exercise.number, count: count, extension: "html")
        let page = try html.problem(exercise, trace: trace, files: files)
        let textPage = try text.problem(
            exercise, trace: trace, files: ExerciseFiles(number: exercise.number, count: count, extension: "txt")
        )
        let (before, picture, after) = Self.cut(page)
        return ExportedQuestion(
            number: exercise.number, seed: exercise.seed, stem: String(files.network.dropLast(".json".count)),
            title: "Exercise \(exercise.number): one step of backpropagation by hand",
            problemHTML: (before, after),
            picture: picture.map(standalone) ?? "",
            problemText: Self.cutText(textPage),
            instruction: "Enter each value " + MarkingRuleText.instruction(rule) + ".",
            asked: asked(trace),
            derivation: DerivationText(trace: trace).values
        )
    }

    private func asked(_ trace: Trace) -> [AskedValue] {
        let checker = Checker(trace: trace, marking: rule)
        let candidates = SlipCandidates(trace: trace)
        let sentences = DiagnosisText(trace: trace, options: optionNames)
        var asked: [AskedValue] = []
        for section in AskedTerms(trace: trace).sections {
            for term in section.terms {
                guard let index = trace.index(of: term.id) else { continue }
                let name = trace.name(of: term)
                let tolerance = AnswerTolerance.tolerance(rule, of: term.value)
                var slips: [SlipAnswer] = []
                // Slips that give the same value get the same diagnosis: check it once.
                var diagnoses: [Double: Diagnosis?] = [:]
                for candidate in candidates.candidates(for: index) {
                    let slipTolerance = AnswerTolerance.tolerance(rule, of: candidate.value)
                    // Apart from the right answer and every slip kept before it, so that each
                    // answer a platform accepts means one thing.
                    let apart = abs(candidate.value - term.value) > tolerance + slipTolerance
                        && slips.allSatisfy { abs(candidate.value - $0.value) > $0.tolerance + slipTolerance }
                    guard apart else { continue }
                    let known = diagnoses[candidate.value] ?? diagnosis(candidate, of: name, checker)
                    diagnoses.updateValue(known, forKey: candidate.value)
                    guard let diagnosis = known, diagnosis.slip == candidate.slip else { continue }
                    slips.append(SlipAnswer(
                        slip: candidate.slip, value: candidate.value, tolerance: slipTolerance,
                        feedback: sentences.sentence(diagnosis, mistake: index)
                    ))
                }
                asked.append(AskedValue(
                    term: index, name: name, section: section.title, value: term.value,
                    tolerance: tolerance, slips: slips
                ))
            }
        }
        return asked
    }

    /// What `check` says of the candidate's value written for the term to the rule's figures.
    private func diagnosis(_ candidate: SlipCandidates.Candidate, of name: String, _ checker: Checker) -> Diagnosis? {
        let written = AnswerTolerance.format(rule, of: candidate.value).string(candidate.value)
        guard let number = WrittenNumber(written) else { return nil }
        let sheet = AnswerSheet(source: "export", answers: [Answer(line: 1, name: name, number: number)])
        let report = checker.check(sheet)
        guard report.verdicts.first?.mark == .wrong else { return nil }
        return report.mistakes.first?.diagnosis
    }

    /// The problem page's `<main>` without its heading and its "What to compute" (the platform
    /// asks instead), split around the picture.
    static func cut(_ page: String) -> (before: String, picture: String?, after: String) {
        var body = Substring(page)
        if let start = body.range(of: "<main class=\"backprop\">") { body = body[start.upperBound...] }
        if let end = body.range(of: "<h2>What to compute</h2>") ?? body.range(of: "</main>") {
            body = body[..<end.lowerBound]
        }
        if let heading = body.range(of: "</h1>") { body = body[heading.upperBound...] }
        guard let open = body.range(of: "<svg"), let close = body.range(of: "</svg>") else {
            return (trimmed(body), nil, "")
        }
        let picture = String(body[open.lowerBound..<close.upperBound])
        return (trimmed(body[..<open.lowerBound]), picture, trimmed(body[close.upperBound...]))
    }

    /// The text problem sheet without the line about the worksheet file.
    static func cutText(_ page: String) -> String {
        guard let line = page.range(of: "\nWrite your values into", options: .backwards) else { return page }
        return trimmed(page[..<line.lowerBound])
    }

    /// `text` without the spaces and line breaks at its ends.
    private static func trimmed(_ text: Substring) -> String {
        let bytes = text.utf8
        let blank: Set<UInt8> = [UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r")]
        guard let first = bytes.firstIndex(where: { !blank.contains($0) }),
              let last = bytes.lastIndex(where: { !blank.contains($0) }) else { return "" }
        return String(text[first...last])
    }

    /// The picture as an image file of its own: the page's drawing styles moved inside it, and
    /// its size (the view box's) stated, as an `<img>` needs.
    private func standalone(_ svg: String) -> String {
        guard let end = svg.firstIndex(of: ">") else { return svg }
        var head = String(svg[...end])
        if let box = head.range(of: "viewBox=\"0 0 ") {
            let size = head[box.upperBound...].prefix { $0 != "\"" }.split(separator: " ")
            if size.count == 2 {
                head.insert(contentsOf: "width=\"\(size[0])\" height=\"\(size[1])\" ", at: box.lowerBound)
            }
        }
        return head + "\n<style>\n" + pictureStyle + "\n</style>" + svg[svg.index(after: end)...] + "\n"
    }
}
