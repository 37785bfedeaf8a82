import BackpropCore
import BackpropExercises
import TemplateKit
import BackpropSupport

/// Renders the documents of an exercise set other than the answer keys (which are walkthroughs):
/// each exercise's problem sheet and worksheet, and the set's index.
///
/// Templates: `FORMAT/problem.EXT` and `FORMAT/exercises.EXT` in the style's folder. They
/// receive the walkthrough's values (so a problem sheet can show the picture and the table of
/// given values) plus `exercise` or `exercises`, described in `docs/handouts.md`. Worksheets
/// are `backprop worksheet`'s own (``WorksheetRenderer``), not a template.
package struct ExerciseSheetRenderer {
    /// The format.
    package let style: DocumentStyle
    /// How numbers look; the detail level does not matter for sheets.
    package let options: WalkthroughOptions
    /// How precisely each value is asked for, as the sheets say it ("to at least 3 significant
    /// figures (…)"): the rule `check` marks the worksheets with. Templates get it as `rule`.
    package let rule: String
    private var templates: TemplateLibrary
    /// The last exercise's template values, as the problem sheet, key, worksheet and packet
    /// of one exercise are rendered one after the other.
    private var lastContext: (seed: UInt64, files: ExerciseFiles, values: [String: TemplateValue])?

    /// A renderer using `templates` (the built-in set, or a user's overrides over it), asking
    /// for values `rule`.
    package init(style: DocumentStyle, options: WalkthroughOptions, templates: TemplateLibrary, rule: String) {
        self.style = style
        self.options = options
        self.rule = rule
        self.templates = templates
    }

    private var fileExtension: String {
        String(style.mainTemplate.split(separator: ".").last ?? "txt")
    }

    /// The problem sheet of `exercise`, whose traced step is `trace`.
    package mutating func problem(_ exercise: Exercise, trace: Trace, files: ExerciseFiles) throws -> String {
        try render("problem", exercise: exercise, trace: trace, files: files)
    }

    /// The compact answer key of `exercise`: the value of everything its problem sheet asks for,
    /// in one table.
    package mutating func key(_ exercise: Exercise, trace: Trace, files: ExerciseFiles) throws -> String {
        try render("key", exercise: exercise, trace: trace, files: files)
    }

    /// The worksheet to print and fill in by hand, in the set's format: every term `check`
    /// judges, section by section, with a line for its value. Markdown's is
    /// `backprop worksheet --format markdown`'s and text's is ``worksheet(trace:header:)``, both
    /// carrying `header` (the `#@` lines recording the exercise), which `check` also reads
    /// filled in.
    package mutating func printedWorksheet(
        _ exercise: Exercise, trace: Trace, files: ExerciseFiles, header: [String]
    ) throws -> String {
        switch style.templateFolder {
        case "markdown": WorksheetRenderer(format: .markdown, formulas: false, rule: rule, header: header).render(trace)
        case "text": worksheet(trace: trace, header: header)
        default: try render("worksheet", exercise: exercise, trace: trace, files: files)
        }
    }

    /// One exercise's pages of the printable packets (LaTeX): its problem sheet, its
    /// worksheet and its compact answer key, each a body for ``packets(_:seed:)``.
    package mutating func packetPages(
        _ exercise: Exercise, trace: Trace, files: ExerciseFiles
    ) throws -> PacketPages {
        let context = try context(exercise, trace: trace, files: files)
        func body(_ name: String) throws -> String {
            try templates.render(style.templateFolder + "/" + name + "." + fileExtension, context: context, escaping: style.escaping)
        }
        return PacketPages(sheet: try body("problem-body"), worksheet: try body("worksheet-body"), key: try body("key-body"))
    }

    /// The two printable packets (LaTeX) of a set: the students' (each problem sheet followed
    /// by its worksheet, each starting a page) and the keys' (every compact answer key, one
    /// after the other, several to a page); `pages` come from ``packetPages(_:trace:files:)``.
    package mutating func packets(_ pages: [PacketPages], seed: UInt64) throws -> (students: String, keys: String) {
        func packet(_ template: String, _ title: String) throws -> String {
            let context: [String: TemplateValue] = [
                "title": .text(title),
                "seed": .text(String(seed)),
                "count": .text(String(pages.count)),
                "sheets": .list(pages.map { .raw($0.sheet) }),
                "worksheets": .list(pages.map { .raw($0.worksheet) }),
                "exercises": .list(pages.map { .object(["sheet": .raw($0.sheet), "worksheet": .raw($0.worksheet)]) }),
                "keys": .list(pages.map { .raw($0.key) }),
            ]
            return style.finish.apply(try templates.render(
                style.templateFolder + "/" + template + "." + fileExtension, context: context, escaping: style.escaping
            ))
        }
        return (
            try packet("packet", "Backpropagation exercises: seed \(seed)"),
            try packet("keys-packet", "Backpropagation exercises: seed \(seed), answer keys")
        )
    }

    private mutating func render(
        _ name: String, exercise: Exercise, trace: Trace, files: ExerciseFiles
    ) throws -> String {
        let context = try context(exercise, trace: trace, files: files)
        return style.finish.apply(try templates.render(
            style.templateFolder + "/" + name + "." + fileExtension, context: context, escaping: style.escaping
        ))
    }

    /// The walkthrough's values plus `exercise`, `keyTable` and `worksheet`.
    private mutating func context(
        _ exercise: Exercise, trace: Trace, files: ExerciseFiles
    ) throws -> [String: TemplateValue] {
        if let lastContext, lastContext.seed == exercise.seed, lastContext.files == files { return lastContext.values }
        var context = try WalkthroughContext(trace: trace, style: style, options: options).values()
        context["exercise"] = exerciseValues(exercise, trace: trace, files: files)
        context["rule"] = .text(rule)
        context["keyTable"] = .raw(style.tables.write(keyTable(trace)))
        context["worksheet"] = .list(worksheetSections(trace))
        lastContext = (exercise.seed, files, context)
        return context
    }

    /// The worksheet: `backprop worksheet`'s, stating the rule and carrying the `header` that
    /// records the exercise for `check`, so that filled in it is an answers file `backprop check`
    /// marks against its own network.
    package func worksheet(trace: Trace, header: [String]) -> String {
        WorksheetRenderer(format: .text, formulas: false, rule: rule, header: header).render(trace)
    }

    /// The index of a set: one entry per exercise with its files and its values.
    package mutating func index(
        _ exercises: [(exercise: Exercise, trace: Trace, files: ExerciseFiles)], seed: UInt64
    ) throws -> String {
        let shape = exercises.first.map {
            $0.exercise.setup.network.layerSizes.map(String.init).joined(separator: "-")
        } ?? ""
        let context: [String: TemplateValue] = [
            "title": .text("Backpropagation exercises: \(exercises.count) \(shape) network\(exercises.count == 1 ? "" : "s")"),
            "seed": .text(String(seed)),
            "shape": .text(shape),
            "count": .text(String(exercises.count)),
            "exercises": .list(exercises.map { exerciseValues($0.exercise, trace: $0.trace, files: $0.files) }),
        ]
        return style.finish.apply(try templates.render(
            style.templateFolder + "/exercises." + fileExtension, context: context, escaping: style.escaping
        ))
    }

    private func exerciseValues(_ exercise: Exercise, trace: Trace, files: ExerciseFiles) -> TemplateValue {
        let setup = exercise.setup
        let numbers = options.numbers
        // One example's values as "0.1, 0.2"; several examples' split by "; ", as --inputs takes them.
        func values(_ part: (Example) -> [Double]) -> String {
            setup.examples.map { part($0).map(numbers.string).joined(separator: ", ") }.joined(separator: "; ")
        }
        return .object([
            "number": .text(String(exercise.number)),
            "seed": .text(String(exercise.seed)),
            "shape": .text(setup.network.layerSizes.map(String.init).joined(separator: "-")),
            "activations": .text(activationWords(setup.network)),
            "inputs": .text(values(\.inputs)),
            "targets": .text(values(\.targets)),
            "files": .object([
                "network": .text(files.network), "problem": .text(files.problem),
                "worksheet": .text(files.worksheet), "answers": .text(files.answers),
                "key": .text(files.key), "printedWorksheet": .text(files.printedWorksheet ?? files.worksheet),
            ]),
            "tasks": .list(tasks(trace)),
        ])
    }

    /// "the logistic activation", or for layers that differ, "tanh in the hidden layer and
    /// softmax in the output layer".
    private func activationWords(_ network: Network) -> String {
        let activations = network.activations
        if Set(activations).count == 1 { return "the \(activations[0].rawValue) activation" }
        let parts = activations.enumerated().map { index, activation in
            "\(activation.rawValue) in the \(LayerName.of(index + 1, layerCount: network.layerCount))"
        }
        return ProseList.joined(parts)
    }

    /// What the student computes, section by section (``AskedTerms``), the weights of a layer
    /// named once ("∂E_total/∂w and w⁺ for each weight from w1 to w6"), an example's too.
    private func tasks(_ trace: Trace) -> [TemplateValue] {
        AskedTerms(trace: trace).sections.map { section in
            var symbols: [String] = []
            var weights: [TermID] = []
            for term in section.terms {
                switch term.kind {
                case .weightGradient:
                    weights.append(TermID(.weight, layer: term.layer, neuron: term.neuron, weight: term.weight))
                case .updatedWeight: continue
                default: symbols.append(style.inline(symbol(term.id, trace)))
                }
            }
            var text = symbols.joined(separator: ", ")
            if let first = weights.first, let last = weights.last {
                let range = first == last
                    ? style.inline(symbol(first, trace))
                    : style.inline(symbol(first, trace)) + " to " + style.inline(symbol(last, trace))
                // One example's gradients are summed or averaged into the batch's, which the
                // update uses: there is no w⁺ of one example.
                let error = MathSymbol("E", subscript: "total", superscript: section.example.map { "(\($0 + 1))" })
                text += (text.isEmpty ? "" : "; ") + style.inline(.partial(error, MathSymbol("w")))
                    + (section.example == nil ? " and " + style.inline(.symbol(MathSymbol("w", superscript: "+"))) : "")
                    + " for each weight from " + range
            }
            return .object(["title": .text(section.title), "symbols": .raw(text)])
        }
    }

    /// The compact answer key's table: every asked value, in the order of the sheet.
    private func keyTable(_ trace: Trace) -> Table {
        var table = Table(columns: [.init("quantity"), .init("value", .decimal)])
        for section in AskedTerms(trace: trace).sections {
            for term in section.terms {
                table.rows.append([style.inline(symbol(term.id, trace)), options.numbers.string(term.value)])
            }
        }
        table.foldable = true
        return table
    }

    /// The printed worksheet's tables: every term `check` judges, section by section, with its
    /// name for `check` and a line to write the value on.
    private func worksheetSections(_ trace: Trace) -> [TemplateValue] {
        WorksheetSection.sections(of: trace).filter { !$0.isGiven }.map { section in
            var table = Table(columns: [.init("quantity"), .init("name for check"), .init("value")])
            table.rows = section.terms.map { term in
                [style.inline(symbol(term.id, trace)), trace.naming.name(term.id), blank]
            }
            // On paper every section's columns line up: LaTeX's widths are fixed.
            let written = style.templateFolder == "latex"
                ? LaTeXTableWriter().fixedWidths(table, widths: Self.worksheetColumns) : style.tables.write(table)
            return .object(["title": .text(section.title), "table": .raw(written)])
        }
    }

    /// The printed worksheet's column widths in LaTeX: the symbol, the name for `check`, the
    /// line to write on.
    static let worksheetColumns = ["38mm", "38mm", "45mm"]

    /// Where a value is written by hand: a rule tall enough for handwriting in LaTeX, a line of
    /// underscores elsewhere.
    private var blank: String {
        style.templateFolder == "latex"
            ? "$\\rule{0pt}{5mm}\\underline{\\hspace{35mm}}$" : String(repeating: "_", count: 16)
    }

    private func symbol(_ id: TermID, _ trace: Trace) -> MathExpression {
        MathExpression(trace.naming.symbol(id))
    }
}

/// One exercise's parts of the printable packets, each a LaTeX body.
package struct PacketPages: Sendable {
    package let sheet: String
    package let worksheet: String
    package let key: String
}
