import BackpropCore
import BackpropRender

/// `explain --view` and `--epsilon`: which views of the step the document shows.
struct ViewOptions {
    /// What `--view` accepts: one view, or `all` of them in one document.
    enum Choice: String, CaseIterable {
        case walkthrough, matrix, graph
        case gradientCheck = "gradient-check"
        case all
    }

    static let options: [OptionSpec] = [
        OptionSpec(
            "--view", value: "VIEW", kind: .choices(of: Choice.self),
            "walkthrough (default), matrix (the equations with vectors and matrices), graph (the computational graph), gradient-check (central differences) or all in one document"
        ),
        OptionSpec("--epsilon", value: "H", "the step h of the gradient check's central differences (default 0.00001)"),
        OptionSpec(
            "--graph", value: "LEVEL", kind: .choices(of: GraphLevel.self),
            "the graph's nodes: auto (default: single numbers up to 8 a row, else layers), scalar or layers"
        ),
    ]

    /// The views, in document order.
    let views: [StepView]
    /// h.
    let epsilon: Double
    /// One-line notes for standard error.
    let notes: [String]
    /// `--graph`: single numbers, whole layers, or as the size decides.
    let graphLevel: GraphLevel

    /// The views `arguments` ask for, in `format`: `--format dot` means the graph.
    init(_ arguments: ParsedArguments, format: DocumentOptions.Format) throws(UsageError) {
        var choice = try arguments.value("--view").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--view", as: Choice.self)
        }
        if format == .dot {
            guard choice == nil || choice == .graph else {
                throw UsageError("--format dot draws the computational graph: use it with --view graph", command: "explain")
            }
            choice = .graph
        }
        switch choice ?? .walkthrough {
        case .walkthrough: views = [.walkthrough]
        case .matrix: views = [.matrix]
        case .graph: views = [.graph]
        case .gradientCheck: views = [.gradientCheck]
        case .all: views = [.walkthrough, .matrix, .graph, .gradientCheck]
        }
        var notes: [String] = []
        if format == .list {
            if views == [.matrix] || views == [.graph] {
                throw UsageError(
                    "--format list writes terms as 'name = value' lines, which the \(views[0].rawValue) view has none of: use --format json",
                    command: "explain"
                )
            }
            if views.contains(.matrix) { notes.append("--format list has no matrix or graph form: the list holds the walkthrough's terms and the gradient check's") }
        }
        if let text = arguments.value("--epsilon") {
            let value = try ValueParsing.number(text, option: "--epsilon")
            let range = GradientCheck.stepRange
            guard value.isFinite, range.contains(value) else {
                throw UsageError("--epsilon: \(text) is out of range (\(range.lowerBound) to \(Int(range.upperBound)))")
            }
            epsilon = value
            if !views.contains(.gradientCheck) {
                let adamEpsilon = NetworkOptions.adamEpsilon
                // With Adam chosen, an --epsilon without the gradient check was meant for Adam.
                if arguments.value("--optimizer") == OptimizerOptions.Name.adam.rawValue {
                    throw UsageError(
                        "--epsilon is the gradient check's step (--view gradient-check); Adam's ε is \(adamEpsilon)",
                        command: "explain"
                    )
                }
                notes.append("--epsilon applies to --view gradient-check and all only; it is ignored (Adam's ε is \(adamEpsilon))")
            }
        } else {
            epsilon = GradientCheck.defaultStep
        }
        graphLevel = try arguments.value("--graph").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--graph", as: GraphLevel.self)
        } ?? .automatic
        if graphLevel != .automatic, !views.contains(.graph) {
            notes.append("--graph applies to --view graph and all only; it is ignored")
        }
        self.notes = notes
    }

    /// Whether the document is the walkthrough alone, as before views existed.
    var isWalkthroughOnly: Bool { views == [.walkthrough] }

    /// The views of `trace`, with the gradient check and the graph computed when shown.
    ///
    /// - Throws: ``UsageError`` for a view the step cannot have (the graph of several examples,
    ///   a gradient check of rounded values); ``EngineError`` when a shifted
    ///   network's error overflows.
    func stepViews(_ trace: Trace) throws -> StepViews {
        let examples = trace.setup.examples.count
        if examples > 1, views.contains(.graph) {
            throw UsageError(
                "--view graph shows a step of one example, and this network has \(examples): the walkthrough, the matrix form and the gradient check show several",
                command: "explain"
            )
        }
        if let decimals = trace.options.roundingDecimals, views.contains(.gradientCheck) {
            throw UsageError(
                "--view gradient-check compares exact gradients with finite differences: it cannot check values rounded to \(decimals) decimals (--round)",
                command: "explain"
            )
        }
        return StepViews(
            trace: trace, shown: views,
            gradientCheck: views.contains(.gradientCheck) ? try GradientCheck(trace: trace, step: epsilon) : nil,
            graph: views.contains(.graph) ? ComputationalGraph(trace: trace) : nil, graphLevel: graphLevel
        )
    }
}
