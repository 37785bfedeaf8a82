/// Moodle's GIFT text format: one numerical question per asked term,
/// `{#=value:tolerance#Correct. =%0%slip:tolerance#feedback …}`, each slip a 0% answer with
/// its feedback. GIFT cannot carry a picture, so the problem is the text problem sheet (the
/// network drawn in text) in a `<pre>`. Each exercise's questions go in a category of their own.
struct GIFTWriter {
    let setSeed: UInt64

    func write(_ questions: [ExportedQuestion]) -> String {
        var text = "// backprop exercise --export gift: seed \(setSeed), \(questions.count) exercise"
            + (questions.count == 1 ? "" : "s") + "\n\n"
        for question in questions {
            text += "$CATEGORY: $course$/top/backprop seed \(setSeed)/\(question.stem)\n\n"
            let problem = Self.escaped("<pre>" + Markup.escaped(question.problemText) + "</pre>")
            for asked in question.asked {
                var answers = ["=\(Markup.number(asked.value)):\(Markup.number(asked.tolerance))#Correct."]
                for slip in asked.slips {
                    answers.append(
                        "=%0%\(Markup.number(slip.value)):\(Markup.number(slip.tolerance))#"
                            + Self.escaped(Markup.escaped(slip.feedback))
                    )
                }
                let prompt = "<p>Compute <code>\(Markup.escaped(asked.name))</code> "
                    + "(\(Markup.escaped(asked.section))). \(Markup.escaped(question.instruction))</p>"
                text += "::\(Self.escaped("\(question.title): \(asked.name)"))::[html]"
                    + problem + Self.escaped(prompt) + "{#\n\t" + answers.joined(separator: "\n\t") + "\n}\n\n"
            }
        }
        return text
    }

    /// `text` with GIFT's reserved characters (`~ = # { } :` and `\`) escaped by a backslash,
    /// and line breaks kept as `\n` (a blank line would end the question).
    static func escaped(_ text: String) -> String {
        Markup.replacing(text) { byte in
            switch byte {
            case UInt8(ascii: "~"), UInt8(ascii: "="), UInt8(ascii: "#"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: ":"), UInt8(ascii: "\\"):
                return "\\" + String(UnicodeScalar(byte))
            case UInt8(ascii: "\n"): return "\\n"
            default: return nil
            }
        }
    }
}
