import BackpropCore
import BackpropRender
import Foundation

/// The output flags of `explain`: format, detail, digits, templates, file.
struct DocumentOptions {
    enum Format: String, CaseIterable { case markdown, text, json, list, latex, html }

    static let options: [OptionSpec] = [
        OptionSpec("--format", value: "FORMAT", "markdown (default), text, json, list, latex or html"),
        OptionSpec("--detail", value: "first|all", "derive the first weight of each layer in full (default) or every weight"),
        OptionSpec("--digits", value: "N", "decimal places shown (default 9; json and list always show full precision)"),
        OptionSpec("--ascii", "text format: nothing but ASCII (+-| tables, dE_total/dw5, eta, ->)"),
        OptionSpec("--template-dir", value: "DIR", "use templates from DIR, falling back to the built-in ones file by file"),
        OptionSpec("--output", short: "-o", value: "FILE", "write to FILE (atomically) instead of standard output"),
        OptionSpec("--body-only", "latex and html: only the document's body, to \\input or paste into another"),
        OptionSpec("--pdf", value: "FILE", "run pdflatex on the LaTeX document and write the PDF to FILE"),
    ]

    let format: Format
    let walkthrough: WalkthroughOptions
    let ascii: Bool
    let templateDirectory: URL?
    let bodyOnly: Bool
    /// Where `--pdf` writes the compiled LaTeX document, if asked.
    let pdfPath: String?

    init(_ arguments: ParsedArguments, environment: Environment) throws(UsageError) {
        pdfPath = arguments.value("--pdf")
        format = try arguments.value("--format").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--format", as: Format.self)
        } ?? (pdfPath == nil ? .markdown : .latex)
        bodyOnly = arguments.has("--body-only")
        if bodyOnly, format != .latex, format != .html {
            throw UsageError("--body-only needs --format latex or html", command: "explain")
        }
        if pdfPath != nil, format != .latex {
            throw UsageError("--pdf compiles LaTeX: it cannot be used with --format \(format.rawValue)", command: "explain")
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
        let emphasis = format == .text && arguments.value("--output") == nil && environment.allowsColour
        walkthrough = WalkthroughOptions(
            detail: detail, numbers: NumberFormat(digits: digits), terminalEmphasis: emphasis
        )
        templateDirectory = arguments.value("--template-dir").map { URL(fileURLWithPath: $0) }
    }

    /// The walkthrough style of the chosen format; nil for json and list, which have none.
    var style: DocumentStyle? {
        switch format {
        case .json, .list: return nil
        case .markdown: return .markdown
        case .text: return .text(ascii: ascii)
        case .latex: return .latex(bodyOnly: bodyOnly)
        case .html: return .html(bodyOnly: bodyOnly)
        }
    }

    /// The document for `trace` in the chosen format.
    func render(_ trace: Trace) throws -> String {
        guard let style else {
            return format == .json ? TraceJSONRenderer().render(trace) : TraceListRenderer().render(trace)
        }
        var renderer = WalkthroughRenderer(
            style: style, options: walkthrough,
            templates: try WalkthroughRenderer.templates(overriding: templateDirectory)
        )
        return try renderer.render(trace)
    }
}

extension DocumentOptions {
    /// Writes the document for `trace`: to `output` (or standard output), or with `--pdf` the
    /// compiled PDF, plus the LaTeX source only when `output` is given.
    func write(_ trace: Trace, output: String?, environment: Environment) throws {
        let document = try render(trace)
        guard let pdfPath else {
            try OutputWriter(path: output).write(document)
            return
        }
        if let output { try OutputWriter(path: output).write(document) }
        let pdf = try PDFBuilder(environment: environment).build(document)
        try OutputWriter(path: pdfPath).write(pdf)
    }
}
