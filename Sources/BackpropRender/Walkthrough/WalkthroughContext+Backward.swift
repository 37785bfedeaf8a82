import BackpropCore
import TemplateKit

/// The backward pass: the weights derived in full, and the bias derivations.
///
/// Output and time grow linearly with the number of weights: what belongs to a neuron (its
/// error slope, the contributions flowing back into it, its delta) is derived on its first
/// weight only, and what belongs to a layer (E_total written out) on the layer's first weight;
/// later weights get the short form, symbol = value. With `--detail all` the forward pass
/// derives every net input, so a weight shows only the one term of the net input it multiplies.
extension WalkthroughContext {
    func backwardLayer(_ layer: Int) throws(MissingTermError) -> TemplateValue {
        let isOutput = layer == outputLayer
        let softmax = !network.activations[layer - 1].isElementwise
        let sources = network.layerSizes[layer - 1]
        let count = network.layerSizes[layer]
        let totalError = try layerTotalError(layer)
        let aboveNames: TemplateValue = .text(isOutput ? "" : listNames(
            (0..<network.layerSizes[layer + 1]).map { names.neuron(layer: layer + 1, $0) }
        ))
        let context = self
        var values: [String: TemplateValue] = [
            "title": .text(TraceSection.backward(layer: layer).title(layerCount: network.layerCount)),
            "name": .text(layerName(layer)),
            "isOutput": .bool(isOutput),
            "above": .text(isOutput ? "" : layerName(layer + 1)),
            "aboveIsOutput": .bool(layer + 1 == outputLayer),
            "oneAbove": .bool(!isOutput && network.layerSizes[layer + 1] == 1),
            "aboveNames": aboveNames,
            // Weights in the network's order: neuron by neuron, each neuron's sources in turn.
            "detailed": .list(
                count: options.detail == .all ? sources * count : 1,
                stepsPerItem: WalkthroughCost.derivation(operands: isOutput ? count : network.layerSizes[layer + 1])
            ) { index in
                let (neuron, source) = (index / sources, index % sources)
                return softmax
                    ? try context.softmaxWeightDerivation(layer: layer, neuron: neuron, source: source)
                    : try context.weightDerivation(
                        layer: layer, neuron: neuron, source: source, totalError: totalError,
                        aboveNames: aboveNames
                    )
            },
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

    /// Output layer: E_total as the sum of its terms, written once for the whole layer; empty
    /// for a hidden layer.
    func layerTotalError(_ layer: Int) throws(MissingTermError) -> TemplateValue {
        guard layer == outputLayer else { return .raw("") }
        return display(.equation([
            formulas.symbol(try term(.totalError, layer: layer)),
            .sum(try (0..<network.layerSizes[layer]).map { output throws(MissingTermError) in
                formulas.symbolic(try term(.outputError, layer: layer, neuron: output))
            }),
        ]))
    }

    func weightDerivation(
        layer: Int, neuron: Int, source: Int, totalError: TemplateValue, aboveNames: TemplateValue
    ) throws(MissingTermError) -> TemplateValue {
        let isOutput = layer == outputLayer
        let firstOfNeuron = source == 0
        let name = names.neuron(layer: layer, neuron)
        let weightIndex = network.weightIndex(layer: layer, neuron: neuron, source: source)
        let gradient = try term(.weightGradient, layer: layer, neuron: neuron, weight: weightIndex)
        let slope = try term(isOutput ? .errorSlope : .hiddenErrorSlope, layer: layer, neuron: neuron)
        let activationSlope = try term(.activationSlope, layer: layer, neuron: neuron)
        let netSlope = try term(.netSlope, layer: layer, neuron: neuron, weight: weightIndex)
        let delta = try term(.delta, layer: layer, neuron: neuron)
        let input = trace.terms[netSlope.formula.operands[0]]
        var values = try sharedWeightValues(layer: layer, neuron: neuron, source: source)
        values.merge([
            "neuronSymbol": inline(.symbol(MathSymbol("out", subscript: name))),
            "activation": activationFlags(network.activations[layer - 1]),
            "chain": display(.equation([formulas.symbol(gradient), formulas.symbolic(gradient)])),
            "activationSlope": neuronValue(activationSlope, derived: firstOfNeuron),
            "activationSlopeSymbol": inline(formulas.symbol(activationSlope)),
            "delta": neuronValue(delta, derived: firstOfNeuron),
            "deltaAlias": inline(.equation([
                formulas.symbol(delta), .partial(MathSymbol("E", subscript: "total"), MathSymbol("net", subscript: name)),
            ])),
            "errorSlope": neuronValue(slope, derived: firstOfNeuron),
            "errorSlopeSymbol": inline(formulas.symbol(slope)),
        ]) { $1 }
        if isOutput {
            values["totalError"] = totalError
        } else {
            values.merge(try hiddenSlopeValues(
                layer: layer, neuron: neuron, slope: slope, activationSlope: activationSlope,
                input: input, delta: delta, gradient: gradient, derived: firstOfNeuron
            )) { $1 }
            values["aboveNames"] = aboveNames
        }
        return .object(values)
    }

    /// What every weight's derivation has, whatever its layer's activation: which weight and
    /// neurons, the net input and its slope, the product, the delta form, the update (or that
    /// the batch makes it) and, where the loss allows, the out − target shortcut.
    func sharedWeightValues(layer: Int, neuron: Int, source: Int) throws(MissingTermError) -> [String: TemplateValue] {
        let firstOfNeuron = source == 0
        let weightIndex = network.weightIndex(layer: layer, neuron: neuron, source: source)
        let weight = TermID(.weight, layer: layer, neuron: neuron, weight: weightIndex)
        let gradient = try term(.weightGradient, layer: layer, neuron: neuron, weight: weightIndex)
        let netSlope = try term(.netSlope, layer: layer, neuron: neuron, weight: weightIndex)
        let delta = try term(.delta, layer: layer, neuron: neuron)
        let net = try term(.netInput, layer: layer, neuron: neuron)
        let input = trace.terms[netSlope.formula.operands[0]]
        var values: [String: TemplateValue] = [
            "firstOfNeuron": .bool(firstOfNeuron),
            "firstOfLayer": .bool(firstOfNeuron && neuron == 0),
            "weight": inline(symbol(weight)),
            "weightName": .text(trace.naming.name(weight)),
            "neuron": .text(names.neuron(layer: layer, neuron)),
            "source": .text(names.neuron(layer: layer - 1, source)),
            "sourceSymbol": inline(formulas.symbol(input)),
            "gradientSymbol": inline(formulas.symbol(gradient)),
            "deltaSymbol": inline(formulas.symbol(delta)),
            "outputFormula": display(formulas.derivation(try term(.output, layer: layer, neuron: neuron))),
            "netSymbol": inline(formulas.symbol(net)),
            "net": display(.equation([formulas.symbol(net), netFormula(net, source: source)])),
            "netSlope": display(formulas.derivation(netSlope)),
            "product": display(formulas.derivation(gradient)),
            "deltaForm": try deltaForm(gradient: gradient, delta: delta, input: input),
            "update": try updateDerivation(TermID(.updatedWeight, layer: layer, neuron: neuron, weight: weightIndex)),
            "hasUpdate": .bool(!severalExamples),
        ]
        if let shortcut = try shortcut(layer: layer, neuron: neuron, delta: delta) { values["shortcut"] = shortcut }
        return values
    }

    /// ∂E_total/∂w = δ · input, with the numbers.
    func deltaForm(gradient: Term, delta: Term, input: Term) throws(MissingTermError) -> TemplateValue {
        display(.equation([
            formulas.symbol(gradient),
            .product([formulas.symbol(delta), formulas.symbol(input)]),
            formulas.substituted(.product([try index(delta), try index(input)]), giving: gradient.value),
            formulas.value(gradient),
        ]))
    }

    /// A neuron's own quantity: derived in full on its first weight, symbol = value after.
    func neuronValue(_ term: Term, derived: Bool) -> TemplateValue {
        derived ? display(formulas.derivation(term)) : display(.equation([formulas.symbol(term), formulas.value(term)]))
    }

    /// The net input symbolically: every term, or with `--detail all` (the forward pass wrote
    /// them all) only the term of the weight from `source` and "the other terms".
    func netFormula(_ net: Term, source: Int) -> MathExpression {
        guard options.detail == .all, case let .weightedSum(weights, inputs, _) = net.formula,
              weights.indices.contains(source)
        else { return formulas.symbolic(net) }
        return .sum([
            .product([formulas.symbol(trace.terms[weights[source]]), formulas.symbol(trace.terms[inputs[source]])]),
            .text("the other terms"),
        ])
    }

    func hiddenSlopeValues(
        layer: Int, neuron: Int, slope: Term, activationSlope: Term, input: Term, delta: Term, gradient: Term,
        derived: Bool
    ) throws(MissingTermError) -> [String: TemplateValue] {
        let name = names.neuron(layer: layer, neuron)
        let aboveCount = network.layerSizes[layer + 1]
        var contributions: [TemplateValue] = []
        for next in 0..<(derived ? aboveCount : 0) {
            let above = names.neuron(layer: layer + 1, next)
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
        let shares: MathExpression = aboveCount == 1
            ? .product([
                symbol(TermID(.delta, layer: layer + 1, neuron: 0)),
                formulas.symbol(try weightBetween(layer: layer, neuron: neuron, above: 0)),
            ])
            : .parenthesized(.summation(over: "k", .product([
                .symbol(MathSymbol("delta", subscript: "k")), .symbol(MathSymbol("w", subscript: "\(name)k")),
            ])))
        return [
            "errorSlopeSum": derived
                ? display(.equation([formulas.symbol(slope), formulas.symbolic(slope)]))
                : neuronValue(slope, derived: false),
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
                "update": try updateDerivation(TermID(.updatedBias, layer: layer, neuron: neuron)),
            ])
        }
    }
}
