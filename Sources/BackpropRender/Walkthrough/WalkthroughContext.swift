import BackpropCore
import TemplateKit
import BackpropSupport

/// Builds the values the walkthrough templates receive (documented in `docs/templates.md`).
///
/// Formulas come from the trace's own formulas and recorded values; nothing is computed here.
/// The layers, the neurons and the weights derived in full are lazy lists: each is made when
/// the template's loop reaches it and dropped after, so memory stays bounded however large the
/// document.
struct WalkthroughContext: Sendable {
    let trace: Trace
    let style: DocumentStyle
    let options: WalkthroughOptions
    let formulas: FormulaExpression
    /// The example derived in full when a step learns from several: the batch's first.
    let example: Int?

    init(trace: Trace, style: DocumentStyle, options: WalkthroughOptions) {
        self.trace = trace
        self.style = style
        self.options = options
        self.formulas = FormulaExpression(trace: trace, numbers: options.numbers)
        example = trace.terms.lazy.compactMap(\.id.example).first
    }

    /// Whether the step learns from several examples.
    var severalExamples: Bool { example != nil }

    var network: Network { trace.network }
    var names: NeuronNames { trace.names }
    var outputLayer: Int { network.layerCount - 1 }
    var learningRate: Double { trace.setup.learningRate }

    func values() throws(MissingTermError) -> [String: TemplateValue] {
        [
            "title": .text("Backpropagation, step by step: a \(shape) network"),
            "network": networkValues(),
            "loss": LossDescription(loss: trace.setup.loss, style: style).values(),
            "options": optionValues(),
            "diagram": .raw(style.diagram(trace)),
            "givenTable": .raw(style.tables.write(givenTable())),
            "forward": .list(
                count: network.layerCount - 1,
                stepsPerItem: WalkthroughCost.forwardLayer(sizes: network.layerSizes)
            ) { [self] index in try forwardLayer(index + 1) },
            "error": try errorValues(),
            "backward": .list(
                count: outputLayer,
                stepsPerItem: WalkthroughCost.backwardLayer(sizes: network.layerSizes)
            ) { [self] index in try backwardLayer(outputLayer - index) },
            "updatedTable": .raw(style.tables.write(try updatedTable())),
            "batch": try batchValues(),
            "summary": try summaryValues(),
            "emphasis": emphasis(),
            "optimizer": optimizerValues(),
        ]
    }

    /// The text format's bold headings: escapes to switch bold on and off, or nothing.
    func emphasis() -> TemplateValue {
        .object([
            "on": .raw(TextStyle(enabled: options.terminalEmphasis).boldOn),
            "off": .raw(TextStyle(enabled: options.terminalEmphasis).reset),
        ])
    }

    // MARK: - Shared pieces

    var shape: String { network.layerSizes.map(String.init).joined(separator: "-") }

    func term(_ id: TermID) throws(MissingTermError) -> Term {
        guard let term = trace[id] else { throw MissingTermError(name: trace.naming.name(id)) }
        return term
    }

    /// The term of `kind` about `neuron` of `layer` (or a weight into it): of the example
    /// derived in full, for the kinds each example has.
    func term(
        _ kind: TermKind, layer: Int, neuron: Int? = nil, weight: Int? = nil, output: Int? = nil
    ) throws(MissingTermError) -> Term {
        try term(TermID(kind, layer: layer, neuron: neuron, weight: weight, example: example(of: kind), output: output))
    }

    /// The example a term of `kind` belongs to in the full derivation: none for the parameters
    /// and the update, the first example's for the rest.
    func example(of kind: TermKind) -> Int? {
        switch kind {
        case .weight, .bias, .learningRate, .updatedWeight, .updatedBias, .momentum, .beta1, .beta2,
             .adamEpsilon, .alpha, .rmspropEpsilon, .weightDecay:
            return nil
        default: return kind.isOptimizerState ? nil : example
        }
    }

    /// The term's position in the trace, for formulas built here from the trace's terms.
    func index(_ term: Term) throws(MissingTermError) -> Int {
        guard let index = trace.index(of: term.id) else { throw MissingTermError(name: trace.naming.name(term.id)) }
        return index
    }

    func inline(_ expression: MathExpression) -> TemplateValue { .raw(style.inline(expression)) }
    func display(_ expression: MathExpression) -> TemplateValue { .raw(style.display(expression)) }
    func symbol(_ id: TermID) -> MathExpression { MathExpression(trace.naming.symbol(id)) }
    func number(_ value: Double) -> String { options.numbers.string(value) }
    /// A term's value for a table cell: a given as given, a computed value rounded.
    func number(_ term: Term) -> String { formulas.text(term) }
    func cellMath(_ expression: MathExpression) -> String { style.inline(expression) }

    /// symbol = formula = numbers = value for a term.
    func derivation(_ id: TermID) throws(MissingTermError) -> TemplateValue {
        display(formulas.derivation(try term(id)))
    }


    func layerName(_ layer: Int) -> String {
        LayerName.of(layer, layerCount: network.layerCount)
    }

    func activationFlags(_ activation: Activation) -> TemplateValue {
        .object([
            "name": .text(activation.rawValue),
            "logistic": .bool(activation == .logistic),
            "tanh": .bool(activation == .tanh),
            "relu": .bool(activation == .relu),
            "linear": .bool(activation == .linear),
            "softmax": .bool(activation == .softmax),
        ])
    }

    func listNames(_ items: [String]) -> String { ProseList.joined(items) }
}
