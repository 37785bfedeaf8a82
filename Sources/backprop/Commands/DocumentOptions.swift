import BackpropCore
import BackpropRender
import Foundation

/// The output flags of `explain`: format, detail, digits, templates, file.
struct DocumentOptions {
    enum Format: String, CaseIterable { case markdown, text, json, list }

    static let options: [OptionSpec] = [
        OptionSpec("--format", value: "FORMAT", "markdown (default), text, json or list"),
        OptionSpec("--detail", value: "first|all", "derive the first weight of each layer in full (default) or every weight"),
        OptionSpec("--digits", value: "N", "decimal places shown (default 9; json and list always show full precision)"),
        OptionSpec("--ascii", "text format: draw tables with plain ASCII"),
        OptionSpec("--template-dir", value: "DIR", "use templates from DIR, falling back to the built-in ones file by file"),
        OptionSpec("--output", short: "-o", value: "FILE", "write to FILE (atomically) instead of standard output"),
    ]

    let format: Format
    let walkthrough: WalkthroughOptions
    let ascii: Bool
    let templateDirectory: URL?

    init(_ arguments: ParsedArguments, environment: Environment) throws(UsageError) {
        format = try arguments.value("--format").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--format", as: Format.self)
        } ?? .markdown
        let detail = try arguments.value("--detail").map { text throws(UsageError) in
            try ValueParsing.choice(text, option: "--detail", as: WalkthroughOptions.Detail.self)
        } ?? .first
        let digits = try arguments.value("--digits").map { text throws(UsageError) in
            try ValueParsing.integer(text, option: "--digits", range: 0...NumberFormat.maximumDigits)
        } ?? NumberFormat.standard.digits
        ascii = arguments.has("--ascii")
        let emphasis = format == .text && arguments.value("--output") == nil
            && environment.standardOutputIsTerminal && environment.variables["NO_COLOR"] == nil
        walkthrough = WalkthroughOptions(
            detail: detail, numbers: NumberFormat(digits: digits), terminalEmphasis: emphasis
        )
        templateDirectory = arguments.value("--template-dir").map { URL(fileURLWithPath: $0) }
    }

    /// The document for `trace` in the chosen format.
    func render(_ trace: Trace) throws -> String {
        let style: DocumentStyle
        switch format {
        case .json: return TraceJSONRenderer().render(trace)
        case .list: return TraceListRenderer().render(trace)
        case .markdown: style = .markdown
        case .text: style = .text(ascii: ascii)
        }
        var renderer = WalkthroughRenderer(
            style: style, options: walkthrough,
            templates: try WalkthroughRenderer.templates(overriding: templateDirectory)
        )
        return try renderer.render(trace)
    }
}
