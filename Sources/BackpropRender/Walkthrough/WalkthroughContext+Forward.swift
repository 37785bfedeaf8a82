import BackpropCore
import TemplateKit

/// The forward pass and the total error.
extension WalkthroughContext {
    func forwardLayer(_ layer: Int) throws(MissingTermError) -> TemplateValue {
        let count = network.layerSizes[layer]
        let inFull = options.detail == .all ? count : 1
        var table = Table(columns: [.init("neuron"), .init(cellMath(.symbol(MathSymbol("net"))), .decimal), .init(cellMath(.symbol(MathSymbol("out"))), .decimal)])
        for neuron in 0..<count {
            let name = names.neuron(layer: layer, neuron)
            let net = try term(.netInput, layer: layer, neuron: neuron)
            let out = try term(.output, layer: layer, neuron: neuron)
            table.rows.append([name, number(net), number(out)])
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
            "neurons": .list(
                count: inFull, stepsPerItem: WalkthroughCost.derivation(operands: network.layerSizes[layer - 1])
            ) { [self] neuron in try forwardNeuron(layer: layer, neuron) },
            "hasMore": .bool(inFull < count),
            "table": .raw(style.tables.write(table)),
        ])
    }

    /// A neuron's net input and output, derived in full.
    func forwardNeuron(layer: Int, _ neuron: Int) throws(MissingTermError) -> TemplateValue {
        .object([
            "name": .text(names.neuron(layer: layer, neuron)),
            "net": display(formulas.derivation(try term(.netInput, layer: layer, neuron: neuron))),
            "out": display(formulas.derivation(try term(.output, layer: layer, neuron: neuron))),
        ])
    }

    func errorValues() throws(MissingTermError) -> TemplateValue {
        let count = network.layerSizes[outputLayer]
        let inFull = options.detail == .all ? count : 1
        var table = Table(columns: [
            .init("output"), .init("target", .decimal), .init("out", .decimal), .init("error", .decimal),
        ])
        for neuron in 0..<count {
            let name = names.neuron(layer: outputLayer, neuron)
            let error = try term(.outputError, layer: outputLayer, neuron: neuron)
            table.rows.append([
                name, number(try term(.target, layer: outputLayer, neuron: neuron)),
                number(try term(.output, layer: outputLayer, neuron: neuron)), number(error),
            ])
        }
        return .object([
            "outputs": .list(count: inFull, stepsPerItem: WalkthroughCost.derivation(operands: 2)) { [self] neuron in
                .object([
                    "name": .text(names.neuron(layer: outputLayer, neuron)),
                    "line": display(formulas.derivation(try term(.outputError, layer: outputLayer, neuron: neuron))),
                ])
            },
            "hasMore": .bool(inFull < count),
            "table": .raw(style.tables.write(table)),
            "total": display(formulas.derivation(try term(.totalError, layer: outputLayer))),
        ])
    }
}
