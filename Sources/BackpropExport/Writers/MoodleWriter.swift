import Foundation

/// Moodle XML: one Cloze (embedded answers) question per exercise, every asked term a NUMERICAL
/// blank with its tolerance and a 0% answer with feedback for each slip; or, `numerical`, one
/// numerical question per term. The picture travels inside the file (base64, referenced as
/// `@@PLUGINFILE@@/…`). Each exercise's questions go in a category of their own.
struct MoodleWriter {
    let style: MoodleStyle
    let setSeed: UInt64

    func write(_ questions: [ExportedQuestion]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n"
        for question in questions {
            xml += category("$course$/top/backprop seed \(setSeed)/\(question.stem)")
            switch style {
            case .cloze: xml += cloze(question)
            case .numerical: question.asked.forEach { xml += numerical($0, of: question) }
            }
        }
        return xml + "</quiz>\n"
    }

    private func category(_ path: String) -> String {
        "<question type=\"category\">\n<category><text>\(Markup.escaped(path))</text></category>\n</question>\n"
    }

    private func cloze(_ question: ExportedQuestion) -> String {
        let body = question.problemHTML(pictureAt: pictureSource(question)) + question.askedHTML { _, asked in
            "<p><code>\(Markup.escaped(asked.name))</code> = \(blank(asked))</p>\n"
        }
        return """
            <question type="cloze">
            <name><text>\(Markup.escaped(question.title)) (seed \(question.seed))</text></name>
            <questiontext format="html">
            <text>\(Markup.cdata(body))</text>
            \(pictureFile(question))</questiontext>
            <generalfeedback format="html"><text></text></generalfeedback>
            <penalty>0</penalty>
            <hidden>0</hidden>
            <idnumber>backprop-\(setSeed)-\(question.stem)</idnumber>
            </question>

            """
    }

    /// `{1:NUMERICAL:=value:tolerance#Correct~%0%slip:tolerance#feedback~…}`.
    private func blank(_ asked: AskedValue) -> String {
        var answers = ["=\(Markup.number(asked.value)):\(Markup.number(asked.tolerance))#Correct."]
        for slip in asked.slips {
            answers.append(
                "%0%\(Markup.number(slip.value)):\(Markup.number(slip.tolerance))#\(Self.clozeText(slip.feedback))"
            )
        }
        return "{1:NUMERICAL:" + answers.joined(separator: "~") + "}"
    }

    private func numerical(_ asked: AskedValue, of question: ExportedQuestion) -> String {
        let text = question.problemHTML(pictureAt: pictureSource(question))
            + "<p>Compute <code>\(Markup.escaped(asked.name))</code> (\(Markup.escaped(asked.section))).</p>\n"
        var answers = answer(100, asked.value, asked.tolerance, "Correct.")
        for slip in asked.slips { answers += answer(0, slip.value, slip.tolerance, slip.feedback) }
        return """
            <question type="numerical">
            <name><text>\(Markup.escaped(question.title)): \(Markup.escaped(asked.name))</text></name>
            <questiontext format="html">
            <text>\(Markup.cdata(text))</text>
            \(pictureFile(question))</questiontext>
            <generalfeedback format="html"><text></text></generalfeedback>
            <defaultgrade>1</defaultgrade>
            <penalty>0</penalty>
            <hidden>0</hidden>
            \(answers)<unitgradingtype>0</unitgradingtype>
            <unitpenalty>0</unitpenalty>
            <showunits>3</showunits>
            <unitsleft>0</unitsleft>
            </question>

            """
    }

    private func answer(_ fraction: Int, _ value: Double, _ tolerance: Double, _ feedback: String) -> String {
        """
        <answer fraction="\(fraction)" format="moodle_auto_format">
        <text>\(Markup.number(value))</text>
        <feedback format="html"><text>\(Markup.escaped(feedback))</text></feedback>
        <tolerance>\(Markup.number(tolerance))</tolerance>
        </answer>

        """
    }

    private func pictureSource(_ question: ExportedQuestion) -> String {
        "@@PLUGINFILE@@/\(question.stem).svg"
    }

    private func pictureFile(_ question: ExportedQuestion) -> String {
        guard !question.picture.isEmpty else { return "" }
        let data = Data(question.picture.utf8).base64EncodedString()
        return "<file name=\"\(question.stem).svg\" path=\"/\" encoding=\"base64\">\(data)</file>\n"
    }

    /// Feedback inside a Cloze blank: HTML-escaped, and the characters the Cloze syntax
    /// reserves (`}`, `#`, `~`, `/`, `"`, `\`) escaped with a backslash.
    static func clozeText(_ text: String) -> String {
        Markup.replacing(Markup.escaped(text)) { byte in
            "}#~/\\".utf8.contains(byte) ? "\\" + String(UnicodeScalar(byte)) : nil
        }
    }
}
