import BackpropCore
import BackpropRender

/// `backprop explain --expr`: an expression's forward and backward pass, in the chosen format.
enum ExpressionExplain {
    static func run(_ arguments: ParsedArguments, environment: Environment) throws -> Int32 {
        try Arguments.expectNoPositionals(arguments, command: ExplainCommand.name)
        let expression = try ExpressionOptions(arguments, environment: environment)
        let document = try DocumentOptions(arguments, environment: environment, terminalDefault: true)
        let destinations = try DocumentDestinations(arguments, environment: environment)
        let trace = try expression.trace()
        let step = try expression.step(trace)
        let numbers = document.walkthrough.numbers
        let source = String(decoding: expression.source, as: UTF8.self)
        try destinations.write { sink in
            switch document.format {
            case .json:
                try ExpressionJSONRenderer().render(trace, step: step, into: &sink)
            case .dot:
                try sink.write(Array(ExpressionGraphRenderers(numbers: numbers).dot(trace).utf8))
            case .list:
                try sink.write(Array(ExpressionGraphRenderers(numbers: numbers).list(trace).utf8))
            case .markdown, .text, .latex, .html:
                var renderer = ExpressionRenderer(
                    format: format(document), numbers: numbers,
                    templates: try WalkthroughRenderer.templates(overriding: document.templateDirectory)
                )
                try renderer.render(trace, source: source, step: step, into: &sink)
            }
        }
        document.notes.forEach(writeNote)
        return ExitStatus.success
    }

    private static func format(_ document: DocumentOptions) -> ExpressionRenderer.Format {
        switch document.format {
        case .text: return .text(ascii: document.ascii, width: document.width, emphasis: document.walkthrough.terminalEmphasis)
        case .latex: return .latex(bodyOnly: document.bodyOnly)
        case .html: return .html(bodyOnly: document.bodyOnly)
        default: return .markdown
        }
    }
}
