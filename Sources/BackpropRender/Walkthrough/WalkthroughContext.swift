import BackpropCore
import TemplateKit

/// Builds the values the walkthrough templates receive (documented in `docs/templates.md`).
///
/// Formulas come from the trace's own formulas and recorded values; nothing is computed here.
struct WalkthroughContext {
    let trace: Trace
    let style: DocumentStyle
    let options: WalkthroughOptions
    let formulas: FormulaExpression

    init(trace: Trace, style: DocumentStyle, options: WalkthroughOptions) {
        self.trace = trace
        self.style = style
        self.options = options
        self.formulas = FormulaExpression(trace: trace, numbers: options.numbers)
    }

    private var network: Network { trace.network }
    private var names: NeuronNames { trace.names }
    private var outputLayer: Int { network.layerCount - 1 }

    func values() throws(MissingTermError) -> [String: TemplateValue] {
        [
            "title": .text("Backpropagation, step by step: a \(shape) network"),
            "network": networkValues(),
            "options": optionValues(),
            "diagram": .raw(style.diagram(trace, options.numbers)),
            "givenTable": .raw(style.tables.write(givenTable())),
            "forward": .list(try (1..<network.layerCount).map { layer throws(MissingTermError) in try forwardLayer(layer) }),
            "error": try errorValues(),
            "backward": .list(try stride(from: outputLayer, through: 1, by: -1).map { layer throws(MissingTermError) in try backwardLayer(layer) }),
            "updatedTable": .raw(style.tables.write(try updatedTable())),
            "summary": try summaryValues(),
            "emphasis": .object([
                "on": .raw(options.terminalEmphasis ? "\u{1B}[1m" : ""),
                "off": .raw(options.terminalEmphasis ? "\u{1B}[0m" : ""),
            ]),
        ]
    }

    // MARK: - Shared pieces

    private var shape: String { network.layerSizes.map(String.init).joined(separator: "-") }

    func term(_ name: String) throws(MissingTermError) -> Term {
        guard let term = trace[name] else { throw MissingTermError(name: name) }
        return term
    }

    private func inline(_ expression: MathExpression) -> TemplateValue { .raw(style.inline(expression)) }
    private func display(_ expression: MathExpression) -> TemplateValue { .raw(style.display(expression)) }
    private func symbol(_ name: String) -> MathExpression { SymbolNames.expression(forName: name) }
    private func number(_ value: Double) -> String { options.numbers.string(value) }
    private func cellMath(_ expression: MathExpression) -> String { style.inline(expression) }

    /// symbol = formula = numbers = value for a term.
    private func derivation(_ name: String) throws(MissingTermError) -> TemplateValue {
        display(formulas.derivation(try term(name)))
    }

    /// symbol = value.
    private func valueLine(_ name: String) throws(MissingTermError) -> TemplateValue {
        let term = try term(name)
        return display(.equation([formulas.symbol(term), formulas.value(term)]))
    }

    private func layerName(_ layer: Int) -> String {
        if layer == 0 { return "input layer" }
        if layer == outputLayer { return "output layer" }
        return network.layerCount == 3 ? "hidden layer" : "hidden layer \(layer)"
    }

    private func activationFlags(_ activation: Activation) -> TemplateValue {
        .object([
            "name": .text(activation.rawValue),
            "logistic": .bool(activation == .logistic),
            "tanh": .bool(activation == .tanh),
            "relu": .bool(activation == .relu),
            "linear": .bool(activation == .linear),
        ])
    }

    private func listNames(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) and \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
        }
    }

    // MARK: - Overview

    private func networkValues() -> TemplateValue {
        let layers: [TemplateValue] = (0..<network.layerCount).map { layer in
            var values: [String: TemplateValue] = [
                "name": .text(layerName(layer)),
                "size": .text(String(network.layerSizes[layer])),
                "isInput": .bool(layer == 0),
                "isOutput": .bool(layer == outputLayer),
            ]
            if layer > 0 { values["activation"] = activationFlags(network.activations[layer - 1]) }
            return .object(values)
        }
        let activations = Set(network.activations)
        return .object([
            "shape": .text(shape),
            "layers": .list(layers),
            "weightCount": .text(String(network.weights.count)),
            "hiddenLayerCount": .text(String(network.layerCount - 2)),
            "hasHiddenLayers": .bool(network.layerCount > 2),
            "sharedBiases": .bool(network.biasSharing == .perLayer),
            "oneActivation": .bool(activations.count == 1),
            "activation": activationFlags(network.activations[0]),
            "learningRate": inline(.equation([.symbol(MathSymbol("eta")), .number(number(network.learningRate))])),
            "isReference": .bool(network == Network.reference),
        ])
    }

    private func optionValues() -> TemplateValue {
        .object([
            "hiddenUsesUpdated": .bool(trace.options.hiddenUses == .updated),
            "updateBiases": .bool(trace.options.updateBiases),
            "steps": .text(String(trace.options.steps)),
            "manySteps": .bool(trace.options.steps > 1),
            "detailAll": .bool(options.detail == .all),
            "digits": .text(String(options.numbers.digits)),
            // The reference's own figures apply only to its network trained as the reference does.
            "referenceNotes": .bool(network == Network.reference && !trace.options.updateBiases),
        ])
    }

    private func givenTable() -> Table {
        var table = Table(columns: [.init("quantity"), .init("value", .decimal), .init("meaning")])
        for term in trace.terms where term.section == .given {
            table.rows.append([cellMath(formulas.symbol(term)), number(term.value), meaning(of: term)])
        }
        return table
    }

    private func meaning(of term: Term) -> String {
        switch term.role {
        case .input: return "input"
        case .target: return "target of " + names.neuron(layer: outputLayer, term.neuron ?? 0)
        case .weight:
            guard let weight = term.weight, let neuron = term.neuron else { return "weight" }
            let source = weight - network.firstWeight(intoLayer: term.layer) - neuron * network.layerSizes[term.layer - 1]
            return "weight " + names.neuron(layer: term.layer - 1, source) + " → "
                + names.neuron(layer: term.layer, neuron)
        case .bias:
            if let neuron = term.neuron { return "bias of " + names.neuron(layer: term.layer, neuron) }
            return "bias shared by the \(layerName(term.layer))"
        case .learningRate: return "learning rate"
        default: return ""
        }
    }

    // MARK: - Forward pass

    private func forwardLayer(_ layer: Int) throws(MissingTermError) -> TemplateValue {
        let count = network.layerSizes[layer]
        let inFull = options.detail == .all ? count : 1
        var neurons: [TemplateValue] = []
        var table = Table(columns: [.init("neuron"), .init(cellMath(.symbol(MathSymbol("net"))), .decimal), .init(cellMath(.symbol(MathSymbol("out"))), .decimal)])
        for neuron in 0..<count {
            let name = names.neuron(layer: layer, neuron)
            let net = try term(TermName.net(name)), out = try term(TermName.out(name))
            if neuron < inFull {
                neurons.append(.object([
                    "name": .text(name),
                    "net": display(formulas.derivation(net)),
                    "out": display(formulas.derivation(out)),
                ]))
            }
            table.rows.append([name, number(net.value), number(out.value)])
        }
        let activation = network.activations[layer - 1]
        let example = names.neuron(layer: layer, 0)
        return .object([
            "title": .text(TraceSection.forward(layer: layer).title(layerCount: network.layerCount)),
            "name": .text(layerName(layer)),
            "isOutput": .bool(layer == outputLayer),
            "sources": .text(layerName(layer - 1)),
            "activation": activationFlags(activation),
            "activationFormula": inline(.equation([
                .symbol(MathSymbol("out", subscript: example)),
                FormulaExpression.activation(activation, of: .symbol(MathSymbol("net", subscript: example))),
            ])),
            "neurons": .list(neurons),
            "hasMore": .bool(inFull < count),
            "table": .raw(style.tables.write(table)),
        ])
    }

    // MARK: - Error

    private func errorValues() throws(MissingTermError) -> TemplateValue {
        let count = network.layerSizes[outputLayer]
        let inFull = options.detail == .all ? count : 1
        var outputs: [TemplateValue] = []
        var table = Table(columns: [
            .init("output"), .init("target", .decimal), .init("out", .decimal), .init("error", .decimal),
        ])
        for neuron in 0..<count {
            let name = names.neuron(layer: outputLayer, neuron)
            let error = try term(TermName.error(name))
            if neuron < inFull { outputs.append(.object(["name": .text(name), "line": display(formulas.derivation(error))])) }
            table.rows.append([
                name, number(network.targets[neuron]), number(try term(TermName.out(name)).value), number(error.value),
            ])
        }
        return .object([
            "outputs": .list(outputs),
            "hasMore": .bool(inFull < count),
            "table": .raw(style.tables.write(table)),
            "total": try derivation(TermName.totalError),
        ])
    }

    // MARK: - Backward pass

    private func backwardLayer(_ layer: Int) throws(MissingTermError) -> TemplateValue {
        let isOutput = layer == outputLayer
        let sources = network.layerSizes[layer - 1]
        let count = network.layerSizes[layer]
        var detailed: [TemplateValue] = []
        for neuron in 0..<count {
            for source in 0..<sources {
                let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                guard options.detail == .all || weight == network.firstWeight(intoLayer: layer) else { continue }
                detailed.append(try weightDerivation(layer: layer, neuron: neuron, source: source))
            }
        }
        var values: [String: TemplateValue] = [
            "title": .text(TraceSection.backward(layer: layer).title(layerCount: network.layerCount)),
            "name": .text(layerName(layer)),
            "isOutput": .bool(isOutput),
            "above": .text(isOutput ? "" : layerName(layer + 1)),
            "aboveIsOutput": .bool(layer + 1 == outputLayer),
            "detailed": .list(detailed),
            "hasMore": .bool(options.detail == .first && sources * count > 1),
            "table": .raw(style.tables.write(try weightTable(layer: layer))),
            "biases": .list(try biasDerivations(layer: layer)),
        ]
        if !isOutput {
            values["contributionTable"] = .raw(style.tables.write(try contributionTable(layer: layer)))
            values["deltaTable"] = .raw(style.tables.write(try deltaTable(layer: layer)))
        } else {
            values["deltaTable"] = .raw(style.tables.write(try deltaTable(layer: layer)))
        }
        return .object(values)
    }

    private func weightDerivation(layer: Int, neuron: Int, source: Int) throws(MissingTermError) -> TemplateValue {
        let isOutput = layer == outputLayer
        let name = names.neuron(layer: layer, neuron)
        let sourceName = names.neuron(layer: layer - 1, source)
        let weight = names.weight(network.weightIndex(layer: layer, neuron: neuron, source: source))
        let gradient = try term(TermName.weightGradient(weight))
        let slope = try term(TermName.errorSlope(name))
        let activationSlope = try term(TermName.activationSlope(name))
        let netSlope = try term(TermName.netSlope(name, weight: weight))
        let delta = try term(TermName.delta(name))
        let input = trace.terms[netSlope.formula.operands[0]]
        var values: [String: TemplateValue] = [
            "weight": inline(symbol(weight)),
            "weightName": .text(weight),
            "neuron": .text(name),
            "neuronSymbol": inline(.symbol(MathSymbol("out", subscript: name))),
            "source": .text(sourceName),
            "sourceSymbol": inline(formulas.symbol(input)),
            "gradientSymbol": inline(formulas.symbol(gradient)),
            "activation": activationFlags(network.activations[layer - 1]),
            "chain": display(.equation([formulas.symbol(gradient), formulas.symbolic(gradient)])),
            "activationSlope": display(formulas.derivation(activationSlope)),
            "activationSlopeSymbol": inline(formulas.symbol(activationSlope)),
            "outputFormula": display(formulas.derivation(try term(TermName.out(name)))),
            "net": display(.equation([symbol(TermName.net(name)), formulas.symbolic(try term(TermName.net(name)))])),
            "netSlope": display(formulas.derivation(netSlope)),
            "product": display(formulas.derivation(gradient)),
            "delta": display(formulas.derivation(delta)),
            "deltaSymbol": inline(formulas.symbol(delta)),
            "deltaAlias": inline(.equation([formulas.symbol(delta), symbol(TermName.deltaAlias(name))])),
            "deltaForm": display(.equation([
                formulas.symbol(gradient),
                .product([formulas.symbol(delta), formulas.symbol(input)]),
                .product([formulas.value(delta), formulas.value(input)]),
                formulas.value(gradient),
            ])),
            "update": try derivation(TermName.updated(weight)),
        ]
        if isOutput {
            values["totalError"] = display(.equation([
                symbol(TermName.totalError),
                .sum(try (0..<network.layerSizes[layer]).map { output throws(MissingTermError) in
                    formulas.symbolic(try term(TermName.error(names.neuron(layer: layer, output))))
                }),
            ]))
            values["errorSlope"] = display(formulas.derivation(slope))
            values["errorSlopeSymbol"] = inline(formulas.symbol(slope))
        } else {
            values.merge(try hiddenSlopeValues(layer: layer, neuron: neuron, slope: slope, activationSlope: activationSlope, input: input, delta: delta, gradient: gradient)) { $1 }
        }
        return .object(values)
    }

    private func hiddenSlopeValues(
        layer: Int, neuron: Int, slope: Term, activationSlope: Term, input: Term, delta: Term, gradient: Term
    ) throws(MissingTermError) -> [String: TemplateValue] {
        let name = names.neuron(layer: layer, neuron)
        let aboveNames = (0..<network.layerSizes[layer + 1]).map { names.neuron(layer: layer + 1, $0) }
        var contributions: [TemplateValue] = []
        for above in aboveNames {
            let share = try term(TermName.deltaShare(above))
            let netSlope = try term(TermName.netSlopeOfOutput(above, source: name))
            let contribution = try term(TermName.contribution(above, source: name))
            let weightTerm = trace.terms[netSlope.formula.operands[0]]
            contributions.append(.object([
                "neuron": .text(above),
                "symbol": inline(formulas.symbol(contribution)),
                "chain": display(.equation([formulas.symbol(contribution), formulas.symbolic(contribution)])),
                "share": display(.equation([formulas.symbol(share), symbol(TermName.delta(above)), formulas.value(share)])),
                "weight": display(.equation([formulas.symbol(netSlope), formulas.symbol(weightTerm), formulas.value(netSlope)])),
                "weightIsUpdated": .bool(weightTerm.role == .updatedWeight),
                "product": display(formulas.derivation(contribution)),
            ]))
        }
        let shares = MathExpression.summation(
            over: aboveNames.count == 1 ? aboveNames[0] : "k",
            .product([
                .symbol(MathSymbol("delta", subscript: aboveNames.count == 1 ? aboveNames[0] : "k")),
                .symbol(MathSymbol("w", subscript: "\(name)k")),
            ])
        )
        return [
            "errorSlopeSymbol": inline(formulas.symbol(slope)),
            "errorSlopeSum": display(.equation([formulas.symbol(slope), formulas.symbolic(slope)])),
            "errorSlope": display(formulas.derivation(slope)),
            "aboveNames": .text(listNames(aboveNames)),
            "contributions": .list(contributions),
            "deltaChain": display(.equation([
                formulas.symbol(gradient),
                .product([.parenthesized(shares), formulas.symbolic(activationSlope), formulas.symbol(input)]),
                .product([formulas.symbol(delta), formulas.symbol(input)]),
            ])),
        ]
    }

    private func weightTable(layer: Int) throws(MissingTermError) -> Table {
        let generic = layer == outputLayer ? "o" : "h"
        var table = Table(columns: [
            .init("weight"),
            .init(cellMath(.partial(MathSymbol("E", subscript: "total"), MathSymbol("out", subscript: generic))), .decimal),
            .init(cellMath(.partial(MathSymbol("out", subscript: generic), MathSymbol("net", subscript: generic))), .decimal),
            .init(cellMath(.partial(MathSymbol("net", subscript: generic), MathSymbol("w"))), .decimal),
            .init(cellMath(.partial(MathSymbol("E", subscript: "total"), MathSymbol("w"))), .decimal),
            .init(cellMath(.symbol(MathSymbol("w", superscript: "+"))), .decimal),
        ])
        table.rows.reserveCapacity(network.layerSizes[layer] * network.layerSizes[layer - 1])
        for neuron in 0..<network.layerSizes[layer] {
            let name = names.neuron(layer: layer, neuron)
            let slope = number(try term(TermName.errorSlope(name)).value)
            let activationSlope = number(try term(TermName.activationSlope(name)).value)
            for source in 0..<network.layerSizes[layer - 1] {
                let weight = names.weight(network.weightIndex(layer: layer, neuron: neuron, source: source))
                table.rows.append([
                    cellMath(symbol(weight)) + " " + names.neuron(layer: layer - 1, source) + "→" + name,
                    slope, activationSlope,
                    number(try term(TermName.netSlope(name, weight: weight)).value),
                    number(try term(TermName.weightGradient(weight)).value),
                    number(try term(TermName.updated(weight)).value),
                ])
            }
        }
        return table
    }

    private func deltaTable(layer: Int) throws(MissingTermError) -> Table {
        let generic = layer == outputLayer ? "o" : "h"
        var table = Table(columns: [
            .init("neuron"),
            .init(cellMath(.partial(MathSymbol("E", subscript: "total"), MathSymbol("out", subscript: generic))), .decimal),
            .init(cellMath(.partial(MathSymbol("out", subscript: generic), MathSymbol("net", subscript: generic))), .decimal),
            .init(cellMath(.symbol(MathSymbol("delta", subscript: generic))), .decimal),
        ])
        for neuron in 0..<network.layerSizes[layer] {
            let name = names.neuron(layer: layer, neuron)
            table.rows.append([
                name,
                number(try term(TermName.errorSlope(name)).value),
                number(try term(TermName.activationSlope(name)).value),
                number(try term(TermName.delta(name)).value),
            ])
        }
        return table
    }

    private func contributionTable(layer: Int) throws(MissingTermError) -> Table {
        let above = layer + 1
        var table = Table(columns: [
            .init("neuron"), .init("through"),
            .init(cellMath(.symbol(MathSymbol("delta", subscript: "k"))), .decimal),
            .init(cellMath(.symbol(MathSymbol("w", subscript: "hk", superscript: trace.options.hiddenUses == .updated ? "+" : nil))), .decimal),
            .init(cellMath(.product([.symbol(MathSymbol("delta", subscript: "k")), .symbol(MathSymbol("w", subscript: "hk"))])), .decimal),
        ])
        for neuron in 0..<network.layerSizes[layer] {
            let name = names.neuron(layer: layer, neuron)
            for next in 0..<network.layerSizes[above] {
                let nextName = names.neuron(layer: above, next)
                let netSlope = try term(TermName.netSlopeOfOutput(nextName, source: name))
                table.rows.append([
                    name,
                    nextName + " (" + cellMath(formulas.symbol(trace.terms[netSlope.formula.operands[0]])) + ")",
                    number(try term(TermName.deltaShare(nextName)).value),
                    number(netSlope.value),
                    number(try term(TermName.contribution(nextName, source: name)).value),
                ])
            }
        }
        return table
    }

    private func biasDerivations(layer: Int) throws(MissingTermError) -> [TemplateValue] {
        guard trace.options.updateBiases else { return [] }
        return try network.biases[layer - 1].indices.map { slot throws(MissingTermError) in
            let bias = names.bias(layer: layer, neuron: slot)
            return .object([
                "bias": inline(symbol(bias)),
                "gradient": try derivation(TermName.biasGradient(bias)),
                "update": try derivation(TermName.updated(bias)),
            ])
        }
    }

    // MARK: - Updated weights and summary

    private func updatedTable() throws(MissingTermError) -> Table {
        var table = Table(columns: [
            .init("parameter"), .init("before", .decimal), .init("after", .decimal),
        ])
        var updates: [String] = network.weights.indices.map { names.weight($0) }
        if trace.options.updateBiases {
            for layer in 1..<network.layerCount {
                updates += network.biases[layer - 1].indices.map { names.bias(layer: layer, neuron: $0) }
            }
        }
        for name in updates {
            let before = try term(name), after = try term(TermName.updated(name))
            table.rows.append([cellMath(formulas.symbol(before)), number(before.value), number(after.value)])
        }
        return table
    }

    private func summaryValues() throws(MissingTermError) -> TemplateValue {
        let before = try term(TermName.totalError)
        let afterOne = trace.history[0]
        var history = Table(columns: [.init("steps", .decimal), .init(cellMath(symbol(TermName.totalError)), .decimal)]
            + (0..<network.layerSizes[outputLayer]).map { .init(cellMath(.symbol(MathSymbol("out", subscript: names.neuron(layer: outputLayer, $0)))), .decimal) })
        for checkpoint in trace.history {
            history.rows.append([String(checkpoint.step), number(checkpoint.totalError)] + checkpoint.outputs.map(number))
        }
        return .object([
            "before": .text(number(before.value)),
            "after": .text(number(afterOne.totalError)),
            "final": .text(number(trace.final.totalError)),
            "finalSteps": .text(String(trace.final.step)),
            "historyTable": .raw(style.tables.write(history)),
        ])
    }
}
