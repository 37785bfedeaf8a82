import BackpropCore
import BackpropRender
import Foundation
import TemplateKit

/// The output flags of `explain`: format, detail, digits, templates, file.
struct DocumentOptions {
    enum Format: String, CaseIterable { case markdown, text, json, list, latex, html, dot }

    /// The document options of a command that writes `formats` (the first is the default; with
    /// `terminalDefault`, text is the default on a terminal).
    static func options(for formats: [Format], terminalDefault: Bool = false) -> [OptionSpec] {
        let names = formats.map(\.rawValue)
        let described = names.enumerated().map { offset, name in
            switch (offset, name) {
            case (0, _): return name + (terminalDefault ? " (default; text on a terminal)" : " (default)")
            default: return name
            }
        }
        let listed = described.count > 1
            ? described.dropLast().joined(separator: ", ") + " or " + (described.last ?? "")
            : described.joined()
        let fullPrecision = formats.filter { $0 == .json || $0 == .list }.map(\.rawValue)
        let precisionNote = fullPrecision.isEmpty
            ? "" : "; \(fullPrecision.joined(separator: " and ")) always show full precision"
        return [
            OptionSpec("--format", value: "FORMAT", kind: .choices(names), listed),
            OptionSpec(
                "--detail", value: "first|all", kind: .choices(of: WalkthroughOptions.Detail.self),
                "derive the first weight of each layer in full (default) or every weight"
            ),
            OptionSpec("--digits", value: "N", "decimal places of computed values (default 9; givens are shown as given\(precisionNote))"),
            OptionSpec("--ascii", "text format: nothing but ASCII (+-| tables, dE_total/dw5, eta, ->)"),
            OptionSpec("--template-dir", value: "DIR", kind: .directory, "use templates from DIR, falling back to the built-in ones file by file"),
        ]
    }

    /// `explain`'s options: every format, and where the document goes.
    static let options: [OptionSpec] = options(for: Format.allCases, terminalDefault: true) + ViewOptions.options + [
        OutputOptions.output,
        OptionSpec("--body-only", "latex and html: only the document's body, to \\input or paste into another"),
        OptionSpec("--pdf", value: "FILE", kind: .outputFile, "run pdflatex on the LaTeX document and write the PDF to FILE"),
        OutputOptions.force,
        Pager.option,
    ]

    let format: Format
    let walkthrough: WalkthroughOptions
    /// The columns the text format fits (see `TextLayout`).
    let width: Int
    let ascii: Bool
    let templateDirectory: URL?
    let bodyOnly: Bool
    /// Where `--pdf` writes the compiled LaTeX document, if asked.
    let pdfPath: String?
    /// One-line notes for standard error: options that do not apply to the chosen format.
    let notes: [String]
    /// Which views of the step (`explain --view`).
    let views: ViewOptions

    /// The options in `arguments`. With `terminalDefault` (explain), the format defaults to
    /// text when the document goes to a terminal, as `git` and `gh` page for a terminal and
    /// print plain data into a pipe; otherwise it defaults to Markdown.
    init(
        _ arguments: ParsedArguments, environment: Environment, terminalDefault: Bool = false,
        command: String = "explain"
    ) throws(UsageError) {
        pdfPath = arguments.value("--pdf")
        let toStandardOutput = OutputDestination(arguments.value("--output")).isStandardOutput
        let onTerminal = terminalDefault && toStandardOutput && environment.standardOutputIsTerminal
        let offersPDF = Help.command(named: command)?.options.contains { $0.name == "--pdf" } ?? false
        format = try arguments.value("--format").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--format", as: Format.self, offersPDF: offersPDF)
        } ?? (pdfPath != nil ? .latex : onTerminal ? .text : .markdown)
        width = TextLayout.width(
            columns: environment.columns(toStandardOutput: terminalDefault && toStandardOutput)
                ?? TextLayout.defaultWidth
        )
        bodyOnly = arguments.has("--body-only")
        if bodyOnly, format != .latex, format != .html {
            throw UsageError("--body-only needs --format latex or html", command: "explain")
        }
        if pdfPath != nil, format != .latex {
            throw UsageError("--pdf compiles LaTeX: it cannot be used with --format \(format.rawValue)", command: command)
        }
        if pdfPath != nil, bodyOnly {
            throw UsageError("--pdf needs the whole document: it cannot be used with --body-only", command: "explain")
        }
        let detail = try arguments.value("--detail").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--detail", as: WalkthroughOptions.Detail.self)
        } ?? .first
        let digits = try arguments.value("--digits").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--digits", range: 0...NumberFormat.maximumDigits)
        } ?? NumberFormat.standard.digits
        ascii = arguments.has("--ascii")
        views = try ViewOptions(arguments, format: format)
        notes = (ascii && format != .text
            ? ["--ascii applies to the text format only; the \(format.rawValue) output is unchanged"] : []) + views.notes
        let emphasis = format == .text && toStandardOutput && environment.allowsColour
        walkthrough = WalkthroughOptions(
            detail: detail, numbers: NumberFormat(digits: digits), terminalEmphasis: emphasis
        )
        templateDirectory = arguments.value("--template-dir").map { URL(fileURLWithPath: $0) }
    }

    /// The walkthrough style of the chosen format; nil for json, list and dot, which have none.
    var style: DocumentStyle? { viewStyle?.document }

    /// Writes the document for `trace`, in the chosen format, into `sink` as it is made (a
    /// document of other views than the walkthrough is made whole, then written).
    func render<Sink: TemplateSink>(_ trace: Trace, into sink: inout Sink) throws {
        guard views.isWalkthroughOnly else {
            try sink.write(Array(try renderViews(views.stepViews(trace)).utf8))
            return
        }
        guard let style else {
            if format == .json {
                try TraceJSONRenderer().render(trace, into: &sink)
            } else {
                try TraceListRenderer().render(trace, into: &sink)
            }
            return
        }
        var renderer = WalkthroughRenderer(
            style: style, options: walkthrough,
            templates: try WalkthroughRenderer.templates(overriding: templateDirectory)
        )
        try renderer.render(trace, into: &sink)
    }
}

extension DocumentOptions {
    /// The views' style of the chosen format; nil for json, list and dot.
    var viewStyle: ViewStyle? {
        switch format {
        case .json, .list, .dot: return nil
        case .markdown: return .markdown
        case .text: return .text(ascii: ascii, width: width)
        case .latex: return .latex(bodyOnly: bodyOnly)
        case .html: return .html(bodyOnly: bodyOnly)
        }
    }

    /// A document of several views, or of one other than the walkthrough.
    func renderViews(_ views: StepViews) throws -> String {
        guard let viewStyle else {
            switch format {
            case .json: return ViewJSONRenderer().render(views)
            case .dot: return GraphDOTRenderer(numbers: walkthrough.numbers).render(views)
            default: return ViewListRenderer().render(views)
            }
        }
        var renderer = ViewRenderer(
            style: viewStyle, options: walkthrough,
            templates: try WalkthroughRenderer.templates(overriding: templateDirectory)
        )
        return try renderer.render(views)
    }
}
