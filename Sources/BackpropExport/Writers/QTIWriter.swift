/// IMS QTI 1.2 for Canvas ("QTI .zip file" import): a package with `imsmanifest.xml` and one
/// assessment (a quiz) per exercise, `exercise-07/exercise-07.xml`, beside its picture. A quiz
/// opens with the problem (a text-only item), then one numerical question per asked term: the
/// exact answer with the rule's margin, written as Canvas writes it (`varequal` or'ed with a
/// `vargte`/`varlte` range). Each slip has a response condition over its range with its own
/// feedback (QTI's way); Canvas keeps only feedback for right answers of a numerical question,
/// so the slips are also listed in the question's incorrect-answer feedback.
///
/// Canvas does not keep answers or margins below about 0.0001: a term whose margin would be
/// smaller is asked scaled, "enter 10³ × dE_total/dw1" (see ``scale(_:)``).
struct QTIWriter {
    let setSeed: UInt64

    static let namespace = "http://www.imsglobal.org/xsd/ims_qtiasiv1p2"

    func write(_ questions: [ExportedQuestion]) -> [ExportedFile] {
        var files: [ExportedFile] = [ExportedFile(name: "imsmanifest.xml", text: manifest(questions))]
        for question in questions {
            files.append(ExportedFile(name: "\(question.stem)/\(question.stem).xml", text: assessment(question)))
            if !question.picture.isEmpty {
                files.append(ExportedFile(name: "\(question.stem)/network.svg", text: question.picture))
            }
        }
        return files
    }

    private func identifier(_ question: ExportedQuestion) -> String { "backprop-\(setSeed)-\(question.stem)" }

    private func manifest(_ questions: [ExportedQuestion]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="backprop-\(setSeed)" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1">
            <metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>
            <organizations/>
            <resources>

            """
        for question in questions {
            let id = identifier(question)
            xml += "<resource identifier=\"\(id)\" type=\"imsqti_xmlv1p2\">\n"
                + "<file href=\"\(question.stem)/\(question.stem).xml\"/>\n"
            if !question.picture.isEmpty {
                xml += "<dependency identifierref=\"\(id)-picture\"/>\n</resource>\n"
                    + "<resource identifier=\"\(id)-picture\" type=\"webcontent\" href=\"\(question.stem)/network.svg\">\n"
                    + "<file href=\"\(question.stem)/network.svg\"/>\n"
            }
            xml += "</resource>\n"
        }
        return xml + "</resources>\n</manifest>\n"
    }

    private func assessment(_ question: ExportedQuestion) -> String {
        let id = identifier(question)
        let problem = question.problemHTML(pictureAt: "network.svg")
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <questestinterop xmlns="\(Self.namespace)">
            <assessment ident="\(id)" title="\(Markup.escaped(question.title))">
            <section ident="\(id)-section">
            <item ident="\(id)-problem" title="The problem">
            \(metadata("text_only_question", points: 0))<presentation><material><mattext texttype="text/html">\(Markup.escaped(problem))</mattext></material></presentation>
            </item>

            """
        for asked in question.asked { xml += item(asked, of: id) }
        return xml + "</section>\n</assessment>\n</questestinterop>\n"
    }

    private func metadata(_ type: String, points: Int) -> String {
        "<itemmetadata><qtimetadata>"
            + "<qtimetadatafield><fieldlabel>question_type</fieldlabel><fieldentry>\(type)</fieldentry></qtimetadatafield>"
            + "<qtimetadatafield><fieldlabel>points_possible</fieldlabel><fieldentry>\(points)</fieldentry></qtimetadatafield>"
            + "</qtimetadata></itemmetadata>\n"
    }

    private func item(_ asked: AskedValue, of id: String) -> String {
        let scale = Self.scale(asked)
        let factor = Self.power(scale)
        var prompt = "<p>\(Markup.escaped(asked.section)): compute <code>\(Markup.escaped(asked.name))</code>"
        if scale > 0 {
            prompt += " and enter 10\(Self.superscript(scale)) × \(Markup.escaped(asked.name)): "
                + "for a value of \(Markup.number(3.21 / factor)) you would enter 3.21"
        }
        prompt += ".</p>"
        var xml = "<item ident=\"\(id)-t\(asked.term)\" title=\"\(Markup.escaped(asked.name))\">\n"
            + metadata("numerical_question", points: 1)
            + "<presentation><material><mattext texttype=\"text/html\">\(Markup.escaped(prompt))</mattext></material>\n"
            + "<response_str ident=\"response1\" rcardinality=\"Single\"><render_fib fibtype=\"Decimal\">"
            + "<response_label ident=\"answer1\"/></render_fib></response_str>\n</presentation>\n"
            + "<resprocessing>\n<outcomes><decvar maxvalue=\"100\" minvalue=\"0\" varname=\"SCORE\" vartype=\"Decimal\"/></outcomes>\n"
            + "<respcondition continue=\"No\"><conditionvar><or>"
            + "<varequal respident=\"response1\">\(Markup.number(asked.value * factor))</varequal>"
            + range(asked.value, asked.tolerance, factor)
            + "</or></conditionvar><setvar action=\"Set\" varname=\"SCORE\">100</setvar></respcondition>\n"
        for (index, slip) in asked.slips.enumerated() {
            xml += "<respcondition continue=\"Yes\"><conditionvar>\(range(slip.value, slip.tolerance, factor))</conditionvar>"
                + "<displayfeedback feedbacktype=\"Response\" linkrefid=\"slip_\(index + 1)\"/></respcondition>\n"
        }
        if !asked.slips.isEmpty {
            xml += "<respcondition continue=\"Yes\"><conditionvar><other/></conditionvar>"
                + "<displayfeedback feedbacktype=\"Response\" linkrefid=\"general_incorrect_fb\"/></respcondition>\n"
        }
        xml += "</resprocessing>\n"
        for (index, slip) in asked.slips.enumerated() {
            xml += feedback("slip_\(index + 1)", "<p>\(Markup.escaped(slip.feedback))</p>")
        }
        if !asked.slips.isEmpty {
            let list = asked.slips.map { slip in
                "<li>If you entered about \(Markup.number(slip.value * factor)): \(Markup.escaped(slip.feedback))</li>"
            }
            xml += feedback("general_incorrect_fb", "<ul>" + list.joined() + "</ul>")
        }
        return xml + "</item>\n"
    }

    private func range(_ value: Double, _ tolerance: Double, _ factor: Double) -> String {
        "<and><vargte respident=\"response1\">\(Markup.number((value - tolerance) * factor))</vargte>"
            + "<varlte respident=\"response1\">\(Markup.number((value + tolerance) * factor))</varlte></and>"
    }

    private func feedback(_ ident: String, _ html: String) -> String {
        "<itemfeedback ident=\"\(ident)\"><flow_mat><material><mattext texttype=\"text/html\">"
            + Markup.escaped(html) + "</mattext></material></flow_mat></itemfeedback>\n"
    }

    /// The power of ten a term is asked in: the smallest that brings the margin of the answer
    /// and of every slip to at least 0.0001, below which Canvas does not keep answers and
    /// margins; 0 for values from 0.1 up at 3 significant figures.
    static func scale(_ asked: AskedValue) -> Int {
        let tolerances = [asked.tolerance] + asked.slips.map(\.tolerance)
        let smallest = tolerances.filter { $0 > 0 }.min() ?? 0.005
        var scale = 0
        while smallest * power(scale) < 0.0001 * (1 - 1e-9) { scale += 1 }
        return scale
    }

    static func power(_ exponent: Int) -> Double { Double("1e\(exponent)") ?? 1 }

    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }
}
