import BackpropCore
import TemplateKit

/// The backward pass: the weights derived in full, and the bias derivations.
extension WalkthroughContext {
    func backwardLayer(_ layer: Int) throws(MissingTermError) -> TemplateValue {
        let isOutput = layer == outputLayer
        let softmax = !network.activations[layer - 1].isElementwise
        let sources = network.layerSizes[layer - 1]
        let count = network.layerSizes[layer]
        var detailed: [TemplateValue] = []
        for neuron in 0..<count {
            for source in 0..<sources {
                let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                guard options.detail == .all || weight == network.firstWeight(intoLayer: layer) else { continue }
                detailed.append(softmax
                    ? try softmaxWeightDerivation(layer: layer, neuron: neuron, source: source)
                    : try weightDerivation(layer: layer, neuron: neuron, source: source))
            }
        }
        var values: [String: TemplateValue] = [
            "title": .text(TraceSection.backward(layer: layer).title(layerCount: network.layerCount)),
            "name": .text(layerName(layer)),
            "isOutput": .bool(isOutput),
            "above": .text(isOutput ? "" : layerName(layer + 1)),
            "aboveIsOutput": .bool(layer + 1 == outputLayer),
            "oneAbove": .bool(!isOutput && network.layerSizes[layer + 1] == 1),
            "aboveNames": .text(isOutput ? "" : listNames(
                (0..<network.layerSizes[layer + 1]).map { names.neuron(layer: layer + 1, $0) }
            )),
            "detailed": .list(detailed),
            "hasMore": .bool(options.detail == .first && sources * count > 1),
            "softmax": .bool(softmax),
            "table": .raw(style.tables.write(withoutBatchUpdate(softmax ? try softmaxWeightTable(layer: layer) : try weightTable(layer: layer)))),
            "biases": .list(try biasDerivations(layer: layer)),
        ]
        if !isOutput {
            values["contributionTable"] = .raw(style.tables.write(try contributionTable(layer: layer)))
            values["deltaTable"] = .raw(style.tables.write(try deltaTable(layer: layer)))
        } else {
            values["deltaTable"] = .raw(style.tables.write(softmax ? try softmaxDeltaTable() : try deltaTable(layer: layer)))
        }
        return .object(values)
    }

    func weightDerivation(layer: Int, neuron: Int, source: Int) throws(MissingTermError) -> TemplateValue {
        let isOutput = layer == outputLayer
        let name = names.neuron(layer: layer, neuron)
        let sourceName = names.neuron(layer: layer - 1, source)
        let weightIndex = network.weightIndex(layer: layer, neuron: neuron, source: source)
        let weight = TermID(.weight, layer: layer, neuron: neuron, weight: weightIndex)
        let gradient = try term(.weightGradient, layer: layer, neuron: neuron, weight: weightIndex)
        let slope = try term(isOutput ? .errorSlope : .hiddenErrorSlope, layer: layer, neuron: neuron)
        let activationSlope = try term(.activationSlope, layer: layer, neuron: neuron)
        let netSlope = try term(.netSlope, layer: layer, neuron: neuron, weight: weightIndex)
        let delta = try term(.delta, layer: layer, neuron: neuron)
        let net = try term(.netInput, layer: layer, neuron: neuron)
        let input = trace.terms[netSlope.formula.operands[0]]
        var values: [String: TemplateValue] = [
            "weight": inline(symbol(weight)),
            "weightName": .text(trace.naming.name(weight)),
            "neuron": .text(name),
            "neuronSymbol": inline(.symbol(MathSymbol("out", subscript: name))),
            "source": .text(sourceName),
            "sourceSymbol": inline(formulas.symbol(input)),
            "gradientSymbol": inline(formulas.symbol(gradient)),
            "activation": activationFlags(network.activations[layer - 1]),
            "chain": display(.equation([formulas.symbol(gradient), formulas.symbolic(gradient)])),
            "activationSlope": display(formulas.derivation(activationSlope)),
            "activationSlopeSymbol": inline(formulas.symbol(activationSlope)),
            "outputFormula": display(formulas.derivation(try term(.output, layer: layer, neuron: neuron))),
            "net": display(.equation([formulas.symbol(net), formulas.symbolic(net)])),
            "netSlope": display(formulas.derivation(netSlope)),
            "product": display(formulas.derivation(gradient)),
            "delta": display(formulas.derivation(delta)),
            "deltaSymbol": inline(formulas.symbol(delta)),
            "deltaAlias": inline(.equation([
                formulas.symbol(delta), .partial(MathSymbol("E", subscript: "total"), MathSymbol("net", subscript: name)),
            ])),
            "deltaForm": display(.equation([
                formulas.symbol(gradient),
                .product([formulas.symbol(delta), formulas.symbol(input)]),
                formulas.substituted(.product([try index(delta), try index(input)]), giving: gradient.value),
                formulas.value(gradient),
            ])),
            "update": try derivation(TermID(.updatedWeight, layer: layer, neuron: neuron, weight: weightIndex)),
            "hasUpdate": .bool(!severalExamples),
        ]
        if let shortcut = try shortcut(layer: layer, neuron: neuron, delta: delta) { values["shortcut"] = shortcut }
        if isOutput {
            values["totalError"] = display(.equation([
                formulas.symbol(try term(.totalError, layer: layer)),
                .sum(try (0..<network.layerSizes[layer]).map { output throws(MissingTermError) in
                    formulas.symbolic(try term(.outputError, layer: layer, neuron: output))
                }),
            ]))
            values["errorSlope"] = display(formulas.derivation(slope))
            values["errorSlopeSymbol"] = inline(formulas.symbol(slope))
        } else {
            values.merge(try hiddenSlopeValues(layer: layer, neuron: neuron, slope: slope, activationSlope: activationSlope, input: input, delta: delta, gradient: gradient)) { $1 }
        }
        return .object(values)
    }

    func hiddenSlopeValues(
        layer: Int, neuron: Int, slope: Term, activationSlope: Term, input: Term, delta: Term, gradient: Term
    ) throws(MissingTermError) -> [String: TemplateValue] {
        let name = names.neuron(layer: layer, neuron)
        let aboveNames = (0..<network.layerSizes[layer + 1]).map { names.neuron(layer: layer + 1, $0) }
        var contributions: [TemplateValue] = []
        for (next, above) in aboveNames.enumerated() {
            let weight = network.weightIndex(layer: layer + 1, neuron: next, source: neuron)
            let share = try term(.deltaShare, layer: layer + 1, neuron: next)
            let netSlope = try term(.netSlopeOfOutput, layer: layer + 1, neuron: next, weight: weight)
            let contribution = try term(.contribution, layer: layer, neuron: neuron, weight: weight)
            let weightTerm = trace.terms[netSlope.formula.operands[0]]
            contributions.append(.object([
                "neuron": .text(above),
                "symbol": inline(formulas.symbol(contribution)),
                "chain": display(.equation([formulas.symbol(contribution), formulas.symbolic(contribution)])),
                "share": display(.equation([
                    formulas.symbol(share), symbol(TermID(.delta, layer: layer + 1, neuron: next)),
                    formulas.value(share),
                ])),
                "weight": display(.equation([formulas.symbol(netSlope), formulas.symbol(weightTerm), formulas.value(netSlope)])),
                "weightIsUpdated": .bool(weightTerm.kind == .updatedWeight),
                "product": display(formulas.derivation(contribution)),
            ]))
        }
        // One neuron above sends back its delta through one weight: δ_o1·w5, no sum to write.
        let shares: MathExpression = aboveNames.count == 1
            ? .product([
                symbol(TermID(.delta, layer: layer + 1, neuron: 0)),
                formulas.symbol(try weightBetween(layer: layer, neuron: neuron, above: 0)),
            ])
            : .parenthesized(.summation(over: "k", .product([
                .symbol(MathSymbol("delta", subscript: "k")), .symbol(MathSymbol("w", subscript: "\(name)k")),
            ])))
        return [
            "errorSlopeSymbol": inline(formulas.symbol(slope)),
            "errorSlopeSum": display(.equation([formulas.symbol(slope), formulas.symbolic(slope)])),
            "errorSlope": display(formulas.derivation(slope)),
            "aboveNames": .text(listNames(aboveNames)),
            "contributions": .list(contributions),
            "deltaChain": display(.equation([
                formulas.symbol(gradient),
                .product([shares, formulas.symbolic(activationSlope), formulas.symbol(input)]),
                .product([formulas.symbol(delta), formulas.symbol(input)]),
            ])),
        ]
    }

    /// The weight (original or updated, as the hidden layer uses it) from `neuron` of `layer` to
    /// neuron `above` of the next layer.
    func weightBetween(layer: Int, neuron: Int, above: Int) throws(MissingTermError) -> Term {
        let weight = network.weightIndex(layer: layer + 1, neuron: above, source: neuron)
        let netSlope = try term(.netSlopeOfOutput, layer: layer + 1, neuron: above, weight: weight)
        return trace.terms[netSlope.formula.operands[0]]
    }

    func biasDerivations(layer: Int) throws(MissingTermError) -> [TemplateValue] {
        guard trace.options.updateBiases else { return [] }
        return try network.biases[layer - 1].indices.map { slot throws(MissingTermError) in
            let neuron: Int? = network.biasSharing == .perNeuron ? slot : nil
            return .object([
                "bias": inline(symbol(TermID(.bias, layer: layer, neuron: neuron))),
                "gradient": try derivation(TermID(.biasGradient, layer: layer, neuron: neuron)),
                "update": try derivation(TermID(.updatedBias, layer: layer, neuron: neuron)),
            ])
        }
    }
}
