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

    /// A renderer using `templates` (the built-in set, or a user's overrides over it).
    public init(style: DocumentStyle, options: WalkthroughOptions, templates: TemplateLibrary) {
        self.style = style
        self.options = options
        self.templates = templates
    }

    private var fileExtension: String {
        String(style.mainTemplate.split(separator: ".").last ?? "txt")
    }

    /// The problem sheet of `exercise`, whose traced step is `trace`, asking for each value
    /// `rule` ("to at least 3 significant figures (…)"), the precision `check` marks it at.
    public mutating func problem(
        _ exercise: Exercise, trace: Trace, files: ExerciseFiles, rule: String
    ) throws -> String {
        var context = try WalkthroughContext(trace: trace, style: style, options: options).values()
        context["exercise"] = exerciseValues(exercise, trace: trace, files: files)
        context["rule"] = .text(rule)
        return style.finish(try templates.render(
            style.templateFolder + "/problem." + fileExtension, context: context, escaping: style.escaping
        ))
    }

    /// The worksheet: `backprop worksheet`'s, stating the marking `rule` and carrying the
    /// `header` that records the exercise for `check`, so that filled in it is an answers file
    /// `backprop check` marks against its own network.
    public func worksheet(trace: Trace, rule: String, header: [String]) -> String {
        WorksheetRenderer(format: .text, formulas: false, rule: rule, header: header).render(trace)
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
            ]),
            "tasks": .list(tasks(trace)),
        ])
    }

    /// What the student computes, section by section: the net inputs and outputs, the errors,
    /// the deltas, gradients and updated weights (and biases when they learn).
    private func tasks(_ trace: Trace) -> [TemplateValue] {
        var wanted: Set<TermKind> = [
            .netInput, .output, .outputError, .totalError, .delta, .weightGradient, .updatedWeight,
        ]
        if trace.options.updateBiases { wanted.formUnion([.biasGradient, .updatedBias]) }
        var result: [TemplateValue] = []
        var current: TraceSection?
        var symbols: [String] = []
        func close() {
            guard let section = current, !symbols.isEmpty else { return }
            result.append(.object([
                "title": .text(section.title(layerCount: trace.network.layerCount)),
                "symbols": .raw(symbols.joined(separator: ", ")),
            ]))
            symbols = []
        }
        for term in trace.terms where term.section != .given && wanted.contains(term.kind) {
            if term.section != current { close(); current = term.section }
            symbols.append(style.inline(MathExpression(trace.symbol(of: term))))
        }
        close()
        return result
    }
}
