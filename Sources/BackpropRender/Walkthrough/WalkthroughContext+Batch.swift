import BackpropCore
import TemplateKit

/// A step of several examples: the first is derived in full above; here every example's
/// outputs, deltas and gradients side by side, the batch's loss and gradients from them, and
/// the update.
extension WalkthroughContext {
    /// The most examples given a column of their own in the batch's tables; JSON has them all.
    static let maximumExampleColumns = 8

    func batchValues() throws(MissingTermError) -> TemplateValue {
        guard severalExamples else { return .object(["several": .bool(false)]) }
        let examples = batchExamples
        let shown = Array(examples.prefix(Self.maximumExampleColumns))
        let firstWeight = 0
        let weightTerm = try term(.weight, layer: 1, neuron: 0, weight: firstWeight)
        let reduction = trace.options.reduction
        return .object([
            "several": .bool(true),
            "count": .text(String(examples.count)),
            "total": .text(String(trace.setup.examples.count)),
            "all": .bool(examples.count == trace.setup.examples.count),
            "isMean": .bool(reduction == .mean),
            "reduction": .text(reduction.rawValue),
            "hidden": .text(String(examples.count - shown.count)),
            "hasHidden": .bool(examples.count > shown.count),
            "outputTable": .raw(style.tables.write(try exampleTable(.output, examples: shown))),
            "deltaTable": .raw(style.tables.write(try exampleTable(.delta, examples: shown))),
            "gradientTable": .raw(style.tables.write(try batchGradientTable(examples: shown))),
            "totalError": try derivation(.totalError(layer: outputLayer)),
            "weight": inline(formulas.symbol(weightTerm)),
            "gradient": try derivation(TermID(.weightGradient, layer: 1, neuron: 0, weight: firstWeight)),
            "update": try updateDerivation(TermID(.updatedWeight, layer: 1, neuron: 0, weight: firstWeight)),
        ])
    }

    /// A table of example 1's gradients without its last column, the weights after the update,
    /// when the update comes from the whole batch (and is tabled there).
    func withoutBatchUpdate(_ table: Table) -> Table {
        guard severalExamples else { return table }
        var trimmed = table
        trimmed.columns.removeLast()
        trimmed.rows = table.rows.map { Array($0.dropLast()) }
        return trimmed
    }

    /// How many examples the traced step learns from.
    var batchExampleCount: Int { batchExamples.count }

    /// The examples of the traced step, in order.
    private var batchExamples: [Int] {
        var seen = Set<Int>()
        return trace.terms.compactMap { term in
            guard term.kind == .totalError, let example = term.id.example, seen.insert(example).inserted else {
                return nil
            }
            return example
        }
    }

    /// One row per non-input neuron and one column per example: its outputs or its deltas.
    private func exampleTable(_ kind: TermKind, examples: [Int]) throws(MissingTermError) -> Table {
        var table = Table(columns: [.init("neuron")] + examples.map {
            .init(cellMath(.symbol(MathSymbol(kind == .output ? "out" : "delta", superscript: "(\($0 + 1))"))), .decimal)
        })
        for layer in 1..<network.layerCount {
            for neuron in 0..<network.layerSizes[layer] {
                var row = [names.neuron(layer: layer, neuron)]
                for example in examples {
                    row.append(number(try term(TermID(kind, layer: layer, neuron: neuron, example: example)).value))
                }
                table.rows.append(row)
            }
        }
        return table
    }

    /// Each parameter's gradient for each example, the batch's gradient from them, and the
    /// parameter after the update.
    private func batchGradientTable(examples: [Int]) throws(MissingTermError) -> Table {
        let gradient = MathExpression.partial(MathSymbol("E", subscript: "total"), MathSymbol("w"))
        var table = Table(columns: [.init("parameter")]
            + examples.map { .init(cellMath(.partial(MathSymbol("E", subscript: "total", superscript: "(\($0 + 1))"), MathSymbol("w"))), .decimal) }
            + [.init(cellMath(gradient), .decimal), .init("after", .decimal)])
        for before in trace.terms where before.section == .given && (before.kind == .weight || before.kind == .bias) {
            let gradientKind: TermKind = before.kind == .weight ? .weightGradient : .biasGradient
            let updatedKind: TermKind = before.kind == .weight ? .updatedWeight : .updatedBias
            var row = [cellMath(formulas.symbol(before))]
            for example in examples {
                let id = TermID(gradientKind, layer: before.layer, neuron: before.neuron, weight: before.weight, example: example)
                row.append(number(try term(id).value))
            }
            row.append(number(try term(TermID(gradientKind, layer: before.layer, neuron: before.neuron, weight: before.weight)).value))
            let updated = trace[TermID(updatedKind, layer: before.layer, neuron: before.neuron, weight: before.weight)]
            row.append(updated.map { number($0.value) } ?? number(before.value))
            table.rows.append(row)
        }
        return table
    }
}
