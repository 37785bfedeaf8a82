/// A Numbas exam (`.exam`: a version line, then JSON): one question per exercise, its statement
/// the problem with the picture inline, one gap-fill part with a number-entry gap per asked
/// term. Every term of the step is a question variable defined by its formula over the others
/// (givens as numbers), and each gap accepts its variable ± the rule's tolerance. Adaptive
/// marking (`variableReplacements`, strategy `originalfirst`) recomputes a gap from the
/// student's own answers to the earlier gaps it depends on, so a slip early on is carried
/// forward as `check` carries it. A term whose formula Numbas's JME cannot write (relu's step, a
/// softmax sum) is defined by its value, and recomputation stops there. A gap's marking
/// extends the built-in one: its `numberInRange` note gives each slip's feedback for answers in
/// that slip's range.
struct NumbasWriter {
    let setSeed: UInt64

    func write(_ questions: [ExportedQuestion]) -> String {
        let list = questions.map(question).joined(separator: ",\n")
        return """
            // Numbas version: exam_results_page_options
            {"name": \(Markup.quoted("backprop exercises: seed \(setSeed)")), "duration": 0, "percentPass": 0, \
            "showQuestionGroupNames": false, "shuffleQuestionGroups": false, "showstudentname": true, \
            "question_groups": [{"name": "", "pickingStrategy": "all-ordered", "pickQuestions": 1, "questionNames": [], "questions": [
            \(list)
            ]}], \
            "navigation": {"allowregen": false, "reverse": true, "browse": true, "allowsteps": true, "showfrontpage": true, \
            "showresultspage": "oncompletion", "preventleave": true, "startpassword": ""}, \
            "timing": {"allowPause": true, "timeout": {"action": "none", "message": ""}, "timedwarning": {"action": "none", "message": ""}}, \
            "feedback": {"showactualmark": true, "showtotalmark": true, "showanswerstate": true, "allowrevealanswer": true, \
            "advicethreshold": 0, "intro": "", "feedbackmessages": []}, \
            "contributors": [], "extensions": [], "custom_part_types": [], "resources": []}

            """
    }

    private func question(_ question: ExportedQuestion) -> String {
        let statement = question.problemHTML(pictureAt: nil)
        let variables = question.derivation.map { value in
            "\(Markup.quoted(value.identifier)): {\"name\": \(Markup.quoted(value.identifier)), "
                + "\"group\": \"Ungrouped variables\", \"definition\": \(Markup.quoted(value.formula ?? Markup.number(value.value))), "
                + "\"description\": \"\", \"templateType\": \"anything\", \"can_override\": false}"
        }
        let prompt = question.askedHTML { gap, asked in
            "<p><code>\(Markup.escaped(asked.name))</code> = [[\(gap)]]</p>\n"
        }
        var gapOfTerm: [Int: Int] = [:]
        var gaps: [String] = []
        for (gap, asked) in question.asked.enumerated() {
            let replacements = Self.earlierAnswers(asked.term, in: question.derivation, gapOfTerm: gapOfTerm)
                .map { term, earlier in
                    "{\"variable\": \(Markup.quoted(question.derivation[term].identifier)), \"part\": \"p0g\(earlier)\", \"must_go_first\": false}"
                }
            let variable = question.derivation[asked.term].identifier
            let tolerance = Markup.number(asked.tolerance)
            gaps.append(
                "{\"type\": \"numberentry\", \"useCustomName\": true, \"customName\": \(Markup.quoted(asked.name)), "
                    + "\"marks\": 1, \"scripts\": {}, "
                    + "\"customMarkingAlgorithm\": \(Markup.quoted(Self.slipMarking(asked))), \"extendBaseMarkingAlgorithm\": true, "
                    + "\"unitTests\": [], \"showCorrectAnswer\": true, \"showFeedbackIcon\": true, "
                    + "\"variableReplacements\": [\(replacements.joined(separator: ", "))], "
                    + "\"variableReplacementStrategy\": \"originalfirst\", \"nextParts\": [], \"suggestGoingBack\": false, "
                    + "\"adaptiveMarkingPenalty\": 0, \"exploreObjective\": null, "
                    + "\"minValue\": \(Markup.quoted("\(variable) - \(tolerance)")), "
                    + "\"maxValue\": \(Markup.quoted("\(variable) + \(tolerance)")), "
                    + "\"correctAnswerFraction\": false, \"allowFractions\": false, \"mustBeReduced\": false, "
                    + "\"mustBeReducedPC\": 0, \"displayAnswer\": \"\", \"showFractionHint\": true, "
                    + "\"notationStyles\": [\"plain\", \"en\", \"si-en\"], \"correctAnswerStyle\": \"plain\"}"
            )
            gapOfTerm[asked.term] = gap
        }
        return "{\"name\": \(Markup.quoted(question.title)), \"tags\": [\"backprop\"], "
            + "\"metadata\": {\"description\": \(Markup.quoted("seed \(setSeed), \(question.stem), its own seed \(question.seed)")), \"licence\": \"None specified\"}, "
            + "\"statement\": \(Markup.quoted(statement)), \"advice\": \"\", \"rulesets\": {}, \"extensions\": [], "
            + "\"builtin_constants\": {\"e\": true, \"pi,\\u03c0\": true, \"i\": true}, \"constants\": [], "
            + "\"variables\": {\(variables.joined(separator: ", "))}, "
            + "\"variablesTest\": {\"condition\": \"\", \"maxRuns\": 100}, "
            + "\"ungrouped_variables\": [\(question.derivation.map { Markup.quoted($0.identifier) }.joined(separator: ", "))], "
            + "\"variable_groups\": [], \"functions\": {}, \"preamble\": {\"js\": \"\", \"css\": \"\"}, "
            + "\"parts\": [{\"type\": \"gapfill\", \"useCustomName\": false, \"customName\": \"\", \"marks\": 0, "
            + "\"scripts\": {}, \"customMarkingAlgorithm\": \"\", \"extendBaseMarkingAlgorithm\": true, \"unitTests\": [], "
            + "\"showCorrectAnswer\": true, \"showFeedbackIcon\": true, \"variableReplacements\": [], "
            + "\"variableReplacementStrategy\": \"originalfirst\", \"nextParts\": [], \"suggestGoingBack\": false, "
            + "\"adaptiveMarkingPenalty\": 0, \"exploreObjective\": null, \"prompt\": \(Markup.quoted(prompt)), "
            + "\"gaps\": [\(gaps.joined(separator: ",\n"))], \"sortAnswers\": false}]}"
    }

    /// The number-entry marking note `numberInRange` (numbas/Numbas `marking_scripts/numberentry.jme`)
    /// again, with each slip's range giving its feedback where the base note says only
    /// "incorrect"; empty when the term has no slips (the base note stands).
    static func slipMarking(_ asked: AskedValue) -> String {
        guard !asked.slips.isEmpty else { return "" }
        let cases = asked.slips.map { slip in
            "            studentNumber >= \(Markup.number(slip.value - slip.tolerance)) and "
                + "studentNumber <= \(Markup.number(slip.value + slip.tolerance)), "
                + "incorrect(\(jmeString(slip.feedback))),\n"
        }
        return "numberInRange (Is the student's number in the allowed range?):\n"
            + "    if(studentNumber>=minvalue and studentNumber<=maxvalue,\n"
            + "        correct()\n"
            + "    ,\n"
            + "        switch(\n" + cases.joined() + "            incorrect()\n"
            + "        );\n"
            + "        end()\n"
            + "    )\n"
    }

    /// `text` as a JME string literal.
    static func jmeString(_ text: String) -> String {
        "\"" + Markup.replacing(text) { byte in
            byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") ? "\\" + String(UnicodeScalar(byte)) : nil
        } + "\""
    }

    /// The earlier gaps whose answers term `term` is recomputed from, as (term, gap) in term
    /// order: the asked terms its formula reaches through terms that have formulas.
    static func earlierAnswers(_ term: Int, in derivation: [DerivedValue], gapOfTerm: [Int: Int]) -> [(Int, Int)] {
        var found: Set<Int> = []
        var seen: Set<Int> = [term]
        var stack = [term]
        while let current = stack.popLast() {
            guard derivation[current].formula != nil else { continue }
            for operand in derivation[current].operands where seen.insert(operand).inserted {
                if gapOfTerm[operand] != nil { found.insert(operand) }
                stack.append(operand)
            }
        }
        return found.sorted().compactMap { operand in gapOfTerm[operand].map { (operand, $0) } }
    }
}
