import BackpropCore
import TemplateKit

/// The backward pass: the weights derived in full, and the bias derivations.
extension WalkthroughContext {
    func backwardLayer(_ layer: Int) throws(MissingTermError) -> TemplateValue {
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

    func weightDerivation(layer: Int, neuron: Int, source: Int) throws(MissingTermError) -> TemplateValue {
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

    func hiddenSlopeValues(
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

    func biasDerivations(layer: Int) throws(MissingTermError) -> [TemplateValue] {
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
}
