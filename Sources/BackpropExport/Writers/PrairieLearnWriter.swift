import BackpropSupport

/// PrairieLearn: one question folder per exercise (`exercise-07/`), to copy into a course's
/// `questions/`: `info.json` (a UUID derived from the exercise's seed), `question.html` (the
/// problem and one `pl-number-input` per asked term, the value as `correct-answer` and the
/// rule's half unit as `atol`), `server.py` (feedback for the slips' values, given after the
/// element has graded) and `clientFilesQuestion/network.svg`.
struct PrairieLearnWriter {
    let setSeed: UInt64

    func write(_ questions: [ExportedQuestion]) -> [ExportedFile] {
        questions.flatMap { question -> [ExportedFile] in
            let folder = question.stem + "/"
            var files = [
                ExportedFile(name: folder + "info.json", text: info(question)),
                ExportedFile(name: folder + "question.html", text: html(question)),
                ExportedFile(name: folder + "server.py", text: server(question)),
            ]
            if !question.picture.isEmpty {
                files.append(ExportedFile(name: folder + "clientFilesQuestion/network.svg", text: question.picture))
            }
            return files
        }
    }

    /// A version 8 (custom) UUID from the exercise's own seed: the same exercise, the same
    /// question in the course, whatever the set's size.
    static func uuid(seed: UInt64) -> String {
        var generator = SplitMix64(seed: seed)
        var high = generator.next()
        var low = generator.next()
        high = (high & ~0xF000) | 0x8000
        low = (low & ~(UInt64(0xC) << 60)) | (UInt64(0x8) << 60)
        let hex = hex(high, 16) + hex(low, 16)
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
            String(hex.dropFirst(range.lowerBound).prefix(range.count))
        }
        return parts.joined(separator: "-")
    }

    private static func hex(_ value: UInt64, _ width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: width - digits.count) + digits
    }

    private func info(_ question: ExportedQuestion) -> String {
        """
        {
            "uuid": "\(Self.uuid(seed: question.seed))",
            "title": \(Markup.quoted("\(question.title) (seed \(setSeed))")),
            "topic": "Backpropagation",
            "tags": ["backprop", "seed-\(setSeed)"],
            "type": "v3",
            "singleVariant": true
        }

        """
    }

    static func answerName(_ asked: AskedValue) -> String { "t\(asked.term)" }

    private func html(_ question: ExportedQuestion) -> String {
        "<pl-question-panel>\n"
            + question.problemHTML(pictureAt: "{{options.client_files_question_url}}/network.svg")
            + "</pl-question-panel>\n"
            + question.askedHTML { _, asked in
                "<p><pl-number-input answers-name=\"\(Self.answerName(asked))\" "
                    + "correct-answer=\"\(Markup.number(asked.value))\" comparison=\"relabs\" rtol=\"0\" "
                    + "atol=\"\(Markup.number(asked.tolerance))\" label=\"\(Markup.escaped(asked.name)) =\">"
                    + "</pl-number-input></p>\n"
            }
    }

    private func server(_ question: ExportedQuestion) -> String {
        var text = """
            # Written by backprop exercise --export prairielearn (seed \(setSeed), \(question.stem)).
            # For each answer, the values named slips give and what backprop check says of them:
            # (value, tolerance, feedback). pl-number-input grades; grade() adds the feedback.
            SLIPS = {

            """
        for asked in question.asked where !asked.slips.isEmpty {
            text += "    \(Markup.quoted(Self.answerName(asked))): [\n"
            for slip in asked.slips {
                text += "        (\(Markup.number(slip.value)), \(Markup.number(slip.tolerance)), "
                    + "\(Markup.quoted(slip.feedback))),\n"
            }
            text += "    ],\n"
        }
        text += """
            }


            def grade(data):
                for name, slips in SLIPS.items():
                    try:
                        submitted = float(data["submitted_answers"].get(name))
                    except (TypeError, ValueError):
                        continue
                    for value, tolerance, feedback in slips:
                        if abs(submitted - value) <= tolerance:
                            data["partial_scores"].setdefault(name, {})["feedback"] = feedback
                            break

            """
        return text
    }
}
