import BackpropCore
import BackpropExercises
import TemplateKit

/// Renders the documents of an exercise set other than the answer keys (which are walkthroughs):
/// each exercise's problem sheet and worksheet, and the set's index.
///
/// Templates: `FORMAT/problem.EXT` and `FORMAT/exercises.EXT` in the style's folder. They
/// receive the walkthrough's values (so a problem sheet can show the picture and the table of
/// given values) plus `exercise` or `exercises`, described in `docs/handouts.md`. Worksheets
/// are `backprop worksheet`'s own (``WorksheetRenderer``), not a template.
public struct ExerciseSheetRenderer {
    /// The format.
    public let style: DocumentStyle
    /// How numbers look; the detail level does not matter for sheets.
    public let options: WalkthroughOptions
    private var templates: TemplateLibrary
    /// The last exercise's template values, as the problem sheet, key, worksheet and packet
    /// of one exercise are rendered one after the other.
    private var lastContext: (seed: UInt64, files: ExerciseFiles, values: [String: TemplateValue])?

    /// A renderer using `templates` (the built-in set, or a user's overrides over it).
    public init(style: DocumentStyle, options: WalkthroughOptions, templates: TemplateLibrary) {
        self.style = style
        self.options = options
        self.templates = templates
    }

    private var fileExtension: String {
        String(style.mainTemplate.split(separator: ".").last ?? "txt")
    }

    /// The problem sheet of `exercise`, whose traced step is `trace`.
    public mutating func problem(_ exercise: Exercise, trace: Trace, files: ExerciseFiles) throws -> String {
        try render("problem", exercise: exercise, trace: trace, files: files)
    }

    /// The compact answer key of `exercise`: the value of everything its problem sheet asks for,
    /// in one table.
    public mutating func key(_ exercise: Exercise, trace: Trace, files: ExerciseFiles) throws -> String {
        try render("key", exercise: exercise, trace: trace, files: files)
    }

    /// The worksheet to print and fill in by hand, in the set's format: every term `check`
    /// judges, section by section, with a line for its value. Markdown's is
    /// `backprop worksheet --format markdown`'s and text's is ``worksheet(trace:checkOptions:)``,
    /// which `check` also reads filled in.
    public mutating func printedWorksheet(
        _ exercise: Exercise, trace: Trace, files: ExerciseFiles, checkOptions: [String]
    ) throws -> String {
        switch style.templateFolder {
        case "markdown": WorksheetRenderer(format: .markdown, formulas: false, checkOptions: checkOptions).render(trace)
        case "text": worksheet(trace: trace, checkOptions: checkOptions)
        default: try render("worksheet", exercise: exercise, trace: trace, files: files)
        }
    }

    /// One exercise's pages of the printable packet (LaTeX): its problem sheet and its compact
    /// answer key, each a page body for ``packet(_:seed:)``.
    public mutating func packetPages(
        _ exercise: Exercise, trace: Trace, files: ExerciseFiles
    ) throws -> (sheet: String, key: String) {
        let context = try context(exercise, trace: trace, files: files)
        func body(_ name: String) throws -> String {
            try templates.render(style.templateFolder + "/" + name + "." + fileExtension, context: context, escaping: style.escaping)
        }
        return (try body("problem-body"), try body("key-body"))
    }

    /// The printable packet (LaTeX): every problem sheet, then every compact answer key, each
    /// starting on a new page; `pages` come from ``packetPages(_:trace:files:)``.
    public mutating func packet(_ pages: [(sheet: String, key: String)], seed: UInt64) throws -> String {
        let context: [String: TemplateValue] = [
            "title": .text("Backpropagation exercises: seed \(seed)"),
            "seed": .text(String(seed)),
            "count": .text(String(pages.count)),
            "sheets": .list(pages.map { .raw($0.sheet) }),
            "keys": .list(pages.map { .raw($0.key) }),
        ]
        return style.finish(try templates.render(
            style.templateFolder + "/packet." + fileExtension, context: context, escaping: style.escaping
        ))
    }

    private mutating func render(
        _ name: String, exercise: Exercise, trace: Trace, files: ExerciseFiles
    ) throws -> String {
        let context = try context(exercise, trace: trace, files: files)
        return style.finish(try templates.render(
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
        context["keyTable"] = .raw(style.tables.write(keyTable(trace)))
        context["worksheet"] = .list(worksheetSections(trace))
        lastContext = (exercise.seed, files, context)
        return context
    }

    /// The worksheet: `backprop worksheet`'s, naming the options `check` needs (the exercise's
    /// network file), so that filled in it is an answers file for `backprop check`.
    public func worksheet(trace: Trace, checkOptions: [String]) -> String {
        WorksheetRenderer(format: .text, formulas: false, checkOptions: checkOptions).render(trace)
    }

    /// The index of a set: one entry per exercise with its files and its values.
    public mutating func index(
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
        return style.finish(try templates.render(
            style.templateFolder + "/exercises." + fileExtension, context: context, escaping: style.escaping
        ))
    }

    private func exerciseValues(_ exercise: Exercise, trace: Trace, files: ExerciseFiles) -> TemplateValue {
        let setup = exercise.setup
        let numbers = options.numbers
        return .object([
            "number": .text(String(exercise.number)),
            "seed": .text(String(exercise.seed)),
            "shape": .text(setup.network.layerSizes.map(String.init).joined(separator: "-")),
            "inputs": .text(setup.inputs.map(numbers.string).joined(separator: ", ")),
            "targets": .text(setup.targets.map(numbers.string).joined(separator: ", ")),
            "files": .object([
                "network": .text(files.network), "problem": .text(files.problem),
                "worksheet": .text(files.worksheet), "answers": .text(files.answers),
                "key": .text(files.key), "printedWorksheet": .text(files.printedWorksheet ?? files.worksheet),
            ]),
            "tasks": .list(tasks(trace)),
        ])
    }

    /// What the student computes, section by section (``AskedTerms``), the weights of a layer
    /// named once ("∂E_total/∂w and w⁺ for each weight from w1 to w6").
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
                text += (text.isEmpty ? "" : "; ")
                    + style.inline(.partial(MathSymbol("E", subscript: "total"), MathSymbol("w")))
                    + " and " + style.inline(.symbol(MathSymbol("w", superscript: "+")))
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
            return .object(["title": .text(section.title), "table": .raw(style.tables.write(table))])
        }
    }

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
