import BackpropCore
import TemplateKit

/// The tables of every neuron and weight, the updated weights and the summary.
extension WalkthroughContext {
    func weightTable(layer: Int) throws(MissingTermError) -> Table {
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

    func deltaTable(layer: Int) throws(MissingTermError) -> Table {
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

    func contributionTable(layer: Int) throws(MissingTermError) -> Table {
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

    func updatedTable() throws(MissingTermError) -> Table {
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

    func summaryValues() throws(MissingTermError) -> TemplateValue {
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
