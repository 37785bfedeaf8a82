import BackpropCore
import TemplateKit

/// The forward pass and the total error.
extension WalkthroughContext {
    func forwardLayer(_ layer: Int) throws(MissingTermError) -> TemplateValue {
        let count = network.layerSizes[layer]
        let inFull = options.detail == .all ? count : 1
        var neurons: [TemplateValue] = []
        var table = Table(columns: [.init("neuron"), .init(cellMath(.symbol(MathSymbol("net"))), .decimal), .init(cellMath(.symbol(MathSymbol("out"))), .decimal)])
        for neuron in 0..<count {
            let name = names.neuron(layer: layer, neuron)
            let net = try term(.netInput, layer: layer, neuron: neuron)
            let out = try term(.output, layer: layer, neuron: neuron)
            if neuron < inFull {
                neurons.append(.object([
                    "name": .text(name),
                    "net": display(formulas.derivation(net)),
                    "out": display(formulas.derivation(out)),
                ]))
            }
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
            "neurons": .list(neurons),
            "hasMore": .bool(inFull < count),
            "table": .raw(style.tables.write(table)),
        ])
    }


    func errorValues() throws(MissingTermError) -> TemplateValue {
        let count = network.layerSizes[outputLayer]
        let inFull = options.detail == .all ? count : 1
        var outputs: [TemplateValue] = []
        var table = Table(columns: [
            .init("output"), .init("target", .decimal), .init("out", .decimal), .init("error", .decimal),
        ])
        for neuron in 0..<count {
            let name = names.neuron(layer: outputLayer, neuron)
            let error = try term(.outputError, layer: outputLayer, neuron: neuron)
            if neuron < inFull { outputs.append(.object(["name": .text(name), "line": display(formulas.derivation(error))])) }
            table.rows.append([
                name, number(try term(.target, layer: outputLayer, neuron: neuron)),
                number(try term(.output, layer: outputLayer, neuron: neuron)), number(error),
            ])
        }
        return .object([
            "outputs": .list(outputs),
            "hasMore": .bool(inFull < count),
            "table": .raw(style.tables.write(table)),
            "total": display(formulas.derivation(try term(.totalError, layer: outputLayer))),
        ])
    }
}
