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
        let slopeKind: TermKind = layer == outputLayer ? .errorSlope : .hiddenErrorSlope
        for neuron in 0..<network.layerSizes[layer] {
            let name = names.neuron(layer: layer, neuron)
            let slope = number(try term(slopeKind, layer: layer, neuron: neuron))
            let activationSlope = number(try term(.activationSlope, layer: layer, neuron: neuron))
            for source in 0..<network.layerSizes[layer - 1] {
                let weight = network.weightIndex(layer: layer, neuron: neuron, source: source)
                let weightTerm = try term(.weight, layer: layer, neuron: neuron, weight: weight)
                table.rows.append([
                    cellMath(formulas.symbol(weightTerm)) + " " + names.neuron(layer: layer - 1, source) + "→" + name,
                    slope, activationSlope,
                    number(try term(.netSlope, layer: layer, neuron: neuron, weight: weight)),
                    number(try term(.weightGradient, layer: layer, neuron: neuron, weight: weight)),
                    number(try term(.updatedWeight, layer: layer, neuron: neuron, weight: weight)),
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
        let slopeKind: TermKind = layer == outputLayer ? .errorSlope : .hiddenErrorSlope
        for neuron in 0..<network.layerSizes[layer] {
            table.rows.append([
                names.neuron(layer: layer, neuron),
                number(try term(slopeKind, layer: layer, neuron: neuron)),
                number(try term(.activationSlope, layer: layer, neuron: neuron)),
                number(try term(.delta, layer: layer, neuron: neuron)),
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
                let weight = network.weightIndex(layer: above, neuron: next, source: neuron)
                let netSlope = try term(.netSlopeOfOutput, layer: above, neuron: next, weight: weight)
                table.rows.append([
                    name,
                    names.neuron(layer: above, next) + " ("
                        + cellMath(formulas.symbol(trace.terms[netSlope.formula.operands[0]])) + ")",
                    number(try term(.deltaShare, layer: above, neuron: next)),
                    number(netSlope),
                    number(try term(.contribution, layer: layer, neuron: neuron, weight: weight)),
                ])
            }
        }
        return table
    }

    func updatedTable() throws(MissingTermError) -> Table {
        var table = Table(columns: [
            .init("parameter"), .init("before", .decimal), .init("after", .decimal),
        ])
        // The givens list the weights (w1 first) before the biases.
        for before in trace.terms where before.kind == .weight
            || (trace.options.updateBiases && before.kind == .bias) {
            let updated: TermKind = before.kind == .weight ? .updatedWeight : .updatedBias
            let after = try term(TermID(updated, layer: before.layer, neuron: before.neuron, weight: before.weight))
            table.rows.append([cellMath(formulas.symbol(before)), number(before), number(after)])
        }
        return table
    }

    func summaryValues() throws(MissingTermError) -> TemplateValue {
        let before = try term(.totalError(layer: outputLayer))
        let afterOne = trace.history[0]
        // Outputs are shown for one example only: a batch's would make the table as wide as it.
        let outputColumns = severalExamples ? 0 : network.layerSizes[outputLayer]
        var history = Table(columns: [.init("steps", .decimal), .init(cellMath(symbol(.totalError(layer: outputLayer))), .decimal)]
            + (0..<outputColumns).map { .init(cellMath(.symbol(MathSymbol("out", subscript: names.neuron(layer: outputLayer, $0)))), .decimal) })
        for checkpoint in trace.history {
            history.rows.append([String(checkpoint.step), number(checkpoint.totalError)] + checkpoint.outputs.prefix(outputColumns).map(number))
        }
        return .object([
            "before": .text(number(before)),
            "after": .text(number(afterOne.totalError)),
            "final": .text(number(trace.final.totalError)),
            "finalSteps": .text(String(trace.final.step)),
            "historyTable": .raw(style.tables.write(history)),
            "partialBatch": .bool(severalExamples && batchExampleCount < trace.setup.examples.count),
        ])
    }
}
