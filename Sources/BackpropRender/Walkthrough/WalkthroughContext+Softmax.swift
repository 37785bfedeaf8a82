import BackpropCore
import TemplateKit

/// A softmax output layer: every output's error flows back to each net input through the
/// layer's Jacobian, and δ sums over the outputs. With cross-entropy (or a logistic output with
/// binary cross-entropy) the sum simplifies to out − target.
extension WalkthroughContext {
    func softmaxWeightDerivation(layer: Int, neuron: Int, source: Int) throws(MissingTermError) -> TemplateValue {
        let count = network.layerSizes[layer]
        let name = names.neuron(layer: layer, neuron)
        let weightIndex = network.weightIndex(layer: layer, neuron: neuron, source: source)
        let gradient = try term(.weightGradient, layer: layer, neuron: neuron, weight: weightIndex)
        let netSlope = try term(.netSlope, layer: layer, neuron: neuron, weight: weightIndex)
        let delta = try term(.delta, layer: layer, neuron: neuron)
        let other = count > 1 ? (neuron + 1) % count : neuron
        let firstOfNeuron = source == 0
        var errorSlopes: [TemplateValue] = []
        for output in 0..<(firstOfNeuron ? count : 0) {
            errorSlopes.append(display(formulas.derivation(try term(.errorSlope, layer: layer, neuron: output))))
        }
        let diagonal = try term(.activationSlope, layer: layer, neuron: neuron, output: neuron)
        let offDiagonal = try term(.activationSlope, layer: layer, neuron: neuron, output: other)
        let sums = MathExpression.summation(over: "k", .product([
            .partial(MathSymbol("E", subscript: "total"), MathSymbol("out", subscript: "k")),
            .partial(MathSymbol("out", subscript: "k"), MathSymbol("net", subscript: name)),
        ]))
        var values = try sharedWeightValues(layer: layer, neuron: neuron, source: source)
        values.merge([
            "otherNeuron": .text(names.neuron(layer: layer, other)),
            "hasOther": .bool(count > 1),
            "chain": display(.equation([
                formulas.symbol(gradient), .product([.parenthesized(sums), formulas.symbol(netSlope)]),
                .product([formulas.symbol(delta), formulas.symbol(netSlope)]),
            ])),
            "errorSlopes": .list(errorSlopes),
            "jacobian": inline(.equation([
                .partial(MathSymbol("out", subscript: "k"), MathSymbol("net", subscript: "j")),
                .product([
                    .symbol(MathSymbol("out", subscript: "k")),
                    .parenthesized(.difference(.symbol(MathSymbol("delta", subscript: "kj")), .symbol(MathSymbol("out", subscript: "j")))),
                ]),
            ])),
            "diagonal": display(formulas.derivation(diagonal)),
            "offDiagonal": display(formulas.derivation(offDiagonal)),
            "delta": display(formulas.derivation(delta)),
        ]) { $1 }
        return .object(values)
    }

    /// δ = out − target, written out with the step's numbers, where the loss and the output
    /// activation simplify to it: the δ's own value is the result.
    func shortcut(layer: Int, neuron: Int, delta: Term) throws(MissingTermError) -> TemplateValue? {
        let loss = trace.setup.loss
        guard layer == outputLayer, loss.simplifiesWithItsActivation,
              loss.requiredOutputActivation == network.outputActivation else { return nil }
        let output = try term(.output, layer: layer, neuron: neuron)
        let target = try term(.target, layer: layer, neuron: neuron)
        return display(.equation([
            formulas.symbol(delta),
            .difference(formulas.symbol(output), formulas.symbol(target)),
            .difference(formulas.value(output), formulas.value(target)),
            formulas.value(delta),
        ]))
    }

    /// Every output's ∂E/∂out and δ.
    func softmaxDeltaTable() throws(MissingTermError) -> Table {
        var table = Table(columns: [
            .init("neuron"),
            .init(cellMath(.partial(MathSymbol("E", subscript: "total"), MathSymbol("out", subscript: "o"))), .decimal),
            .init(cellMath(.symbol(MathSymbol("delta", subscript: "o"))), .decimal),
        ])
        for neuron in 0..<network.layerSizes[outputLayer] {
            table.rows.append([
                names.neuron(layer: outputLayer, neuron),
                number(try term(.errorSlope, layer: outputLayer, neuron: neuron).value),
                number(try term(.delta, layer: outputLayer, neuron: neuron).value),
            ])
        }
        return table
    }

    /// Every weight into a softmax layer: δ, the input it multiplies, the gradient, the update.
    func softmaxWeightTable(layer: Int) throws(MissingTermError) -> Table {
        var table = Table(columns: [
            .init("weight"),
            .init(cellMath(.symbol(MathSymbol("delta", subscript: "o"))), .decimal),
            .init(cellMath(.partial(MathSymbol("net", subscript: "o"), MathSymbol("w"))), .decimal),
            .init(cellMath(.partial(MathSymbol("E", subscript: "total"), MathSymbol("w"))), .decimal),
            .init(cellMath(.symbol(MathSymbol("w", superscript: "+"))), .decimal),
        ])
        for neuron in 0..<network.layerSizes[layer] {
            let name = names.neuron(layer: layer, neuron)
            let delta = number(try term(.delta, layer: layer, neuron: neuron).value)
            for source in 0..<network.layerSizes[layer - 1] {
                let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                let weightTerm = try term(.weight, layer: layer, neuron: neuron, weight: weight)
                table.rows.append([
                    cellMath(formulas.symbol(weightTerm)) + " " + names.neuron(layer: layer - 1, source) + "→" + name,
                    delta,
                    number(try term(.netSlope, layer: layer, neuron: neuron, weight: weight).value),
                    number(try term(.weightGradient, layer: layer, neuron: neuron, weight: weight).value),
                    number(try term(.updatedWeight, layer: layer, neuron: neuron, weight: weight).value),
                ])
            }
        }
        return table
    }
}
