import BackpropCore
import TemplateKit

/// The values the matrix-form templates receive (`matrix` in `docs/templates.md`): the four
/// backpropagation equations layer by layer with this step's vectors and matrices.
///
/// Every entry is a term of the trace (see ``MatrixForm``); nothing is computed here. A numeric
/// step of an equation too wide for the page is left out (the matrices it multiplies are shown
/// on lines of their own), and large matrices are elided unless `--detail all`.
struct MatrixFormContext {
    let base: WalkthroughContext
    let style: ViewStyle
    let form: MatrixForm
    let matrices: MatrixValues

    init(base: WalkthroughContext, style: ViewStyle) {
        self.base = base
        self.style = style
        form = MatrixForm(trace: base.trace)
        matrices = MatrixValues(
            trace: base.trace, numbers: base.options.numbers,
            elision: MatrixElision(whole: base.options.detail == .all)
        )
    }

    private var network: Network { form.network }
    static let total = MathSymbol("E", subscript: "total")

    /// A layer's symbol: Wˡ, aˡ, zˡ, δˡ; `updated` adds the ⁺ of the values after the step.
    static func symbol(_ base: String, _ layer: Int, updated: Bool = false) -> MathExpression {
        .symbol(MathSymbol(base, superscript: String(layer) + (updated ? "+" : "")))
    }

    private func activationSlope(_ layer: Int) -> MathExpression {
        .applied(MathSymbol("f", superscript: "′"), [Self.symbol("z", layer)])
    }

    func values() -> TemplateValue {
        var dropped = false
        func chain(_ parts: [MathExpression]) -> TemplateValue {
            let (text, didDrop) = style.displayChain(parts)
            if didDrop { dropped = true }
            return .raw(text)
        }
        let forward = (1..<network.layerCount).map { forwardLayer($0, chain) }
        let backward = stride(from: form.outputLayer, through: 1, by: -1).map { backwardLayer($0, chain) }
        let errorID = TermID.totalError(layer: form.outputLayer)
        var errorParts: [MathExpression] = [.symbol(Self.total)]
        if form.isBatch {
            let ones = MathExpression.symbol(MathSymbol("1"))
            errorParts += [
                .product(batchFactor(symbolic: true) + [.symbol(MathSymbol("e")), ones]),
                .product(batchFactor(symbolic: false) + [matrices.expression(form.errors), matrices.onesColumn(form.batch.count)]),
            ]
        }
        let error = chain(errorParts + [matrices.value(errorID)])
        let elided = (1..<network.layerCount).contains { matrices.hidden(form.weights($0)) != nil || matrices.hidden(form.outputs($0 - 1)) != nil }
        return .object([
            "title": .text("The step in matrix form"),
            "forward": .list(forward),
            "error": error,
            "backward": .list(backward),
            "equations": generalEquations(),
            "symbols": symbols(),
            "optimizer": base.optimizerValues(),
            "weightTable": .raw(style.document.tables.write(weightTable())),
            "weightTableIsPartial": .bool(base.options.detail == .first && network.layerSizes.indices.dropFirst().contains { weightRows($0) < network.layerSizes[$0] * network.layerSizes[$0 - 1] }),
            "isBatch": .bool(form.isBatch),
            "batchSize": .text(String(form.batch.count)),
            "sumReduction": .bool(form.options.reduction == .sum),
            "sharedBiases": .bool(form.sharedBiases),
            "hasBiases": .bool(form.hasBiases),
            "hiddenUsesUpdated": .bool(form.usesUpdatedWeights),
            "updateBiases": .bool(form.updatesBiases),
            "elided": .bool(elided),
            "dropped": .bool(dropped),
        ])
    }

    // MARK: - The layers

    private func forwardLayer(_ layer: Int, _ chain: ([MathExpression]) -> TemplateValue) -> TemplateValue {
        let activation = network.activations[layer - 1]
        let weights = form.weights(layer)
        let product = MathExpression.product([Self.symbol("W", layer), Self.symbol("a", layer - 1)])
        let numbers = MathExpression.product([matrices.expression(weights), matrices.expression(form.outputs(layer - 1))])
        let netInputs: [MathExpression] = [
            Self.symbol("z", layer),
            form.hasBiases ? .sum([product, Self.symbol("b", layer)]) : product,
            form.hasBiases ? .sum([numbers, matrices.expression(form.biases(layer))]) : numbers,
            matrices.expression(form.vector(.netInput, layer)),
        ]
        var outputs = [Self.symbol("a", layer)]
        switch activation {
        case .linear: break
        case .softmax: outputs.append(.applied(MathSymbol("softmax"), [Self.symbol("z", layer)]))
        default: outputs.append(FormulaExpression.activation(activation, of: Self.symbol("z", layer)))
        }
        outputs.append(matrices.expression(form.outputs(layer)))
        let netInput = chain(netInputs)
        return .object([
            "number": .text(String(layer)),
            "name": .text(base.layerName(layer)),
            "isOutput": .bool(layer == form.outputLayer),
            "softmax": .bool(activation == .softmax),
            "activation": base.activationFlags(activation),
            "shape": .text("\(weights.rows) × \(weights.columns)"),
            // Written on their own only when the net inputs' numbers do not fit beside them.
            "weights": style.dropsSteps(netInputs) ? chain([Self.symbol("W", layer), matrices.expression(weights)]) : .raw(""),
            "netInput": netInput,
            "output": chain(outputs),
            "hidden": .raw(hiddenNote(layer)),
        ])
    }

    private func backwardLayer(_ layer: Int, _ chain: ([MathExpression]) -> TemplateValue) -> TemplateValue {
        let isOutput = layer == form.outputLayer
        let deltas = matrices.expression(form.vector(.delta, layer))
        let slopes = matrices.expression(form.vector(.activationSlope, layer))
        var delta: [MathExpression] = [Self.symbol("delta", layer)]
        let softmax = network.activations[layer - 1] == .softmax
        if isOutput, softmax, form.isBatch {
            // Each column has its own Jacobian: the deltas are written as the result alone.
        } else if isOutput, softmax {
            // The softmax Jacobian is symmetric: ∂out_k/∂net_j = ∂out_j/∂net_k.
            let jacobian = MathExpression.partial(
                MathSymbol("a", superscript: String(layer)), MathSymbol("z", superscript: String(layer))
            )
            delta += [
                .product([jacobian, .partial(Self.total, MathSymbol("a", superscript: String(layer)))]),
                .product([matrices.expression(form.softmaxJacobian(layer)), matrices.expression(form.errorSlopes(layer))]),
            ]
        } else if isOutput {
            delta += [
                .hadamard([.partial(Self.total, MathSymbol("a", superscript: String(layer))), activationSlope(layer)]),
                .hadamard([matrices.expression(form.errorSlopes(layer)), slopes]),
            ]
        } else {
            let above = MathExpression.transposed(Self.symbol("W", layer + 1, updated: form.usesUpdatedWeights))
            delta += [
                .hadamard([.product([above, Self.symbol("delta", layer + 1)]), activationSlope(layer)]),
                .hadamard([.product([matrices.expression(form.weightsBack(into: layer)), matrices.expression(form.vector(.delta, layer + 1))]), slopes]),
                .hadamard([matrices.expression(form.errorSlopes(layer)), slopes]),
            ]
        }
        delta.append(deltas)
        let inputs = form.outputs(layer - 1)
        let gradient = MathExpression.partial(Self.total, MathSymbol("W", superscript: String(layer)))
        let weightGradient: [MathExpression] = [
            gradient,
            .product(batchFactor(symbolic: true) + [Self.symbol("delta", layer), .transposed(Self.symbol("a", layer - 1))]),
            .product(batchFactor(symbolic: false) + [deltas, matrices.expression(inputs.transposed)]),
            matrices.expression(form.weights(layer, kind: .weightGradient)),
        ]
        let update = updateChains(
            "W", layer: layer, before: .weight, after: .updatedWeight, gradientKind: .weightGradient
        ) { form.weights(layer, kind: $0) }
        var object: [String: TemplateValue] = [
            "number": .text(String(layer)),
            "name": .text(base.layerName(layer)),
            "isOutput": .bool(isOutput),
            "softmax": .bool(softmax),
            "above": .text(isOutput ? "" : base.layerName(layer + 1)),
            "activation": base.activationFlags(network.activations[layer - 1]),
            "delta": chain(delta),
            "weightGradient": chain(weightGradient),
            "biasGradient": form.hasBiases ? chain(biasGradient(layer)) : .raw(""),
            "update": joined(update.map(chain)),
        ]
        if form.updatesBiases {
            let update = updateChains(
                "b", layer: layer, before: .bias, after: .updatedBias, gradientKind: .biasGradient
            ) { form.biases(layer, kind: $0) }
            object["biasUpdate"] = joined(update.map(chain))
        }
        return .object(object)
    }

    private func biasGradient(_ layer: Int) -> [MathExpression] {
        let gradient = MathExpression.partial(Self.total, MathSymbol("b", superscript: String(layer)))
        let result = matrices.expression(form.biases(layer, kind: .biasGradient))
        let deltas = matrices.expression(form.vector(.delta, layer))
        let one = MathExpression.symbol(MathSymbol("1"))
        // Across the neurons of a shared bias's layer (1ᵀ on the left), across the examples of a
        // batch (1 on the right).
        var symbolic = [Self.symbol("delta", layer)], numeric = [deltas]
        if form.sharedBiases {
            symbolic.insert(.transposed(one), at: 0)
            numeric.insert(matrices.ones(network.layerSizes[layer]), at: 0)
        }
        if form.isBatch {
            symbolic = batchFactor(symbolic: true) + symbolic + [one]
            numeric = batchFactor(symbolic: false) + numeric + [matrices.onesColumn(form.batch.count)]
        }
        guard symbolic.count > 1 else { return [gradient, symbolic[0], result] }
        return [gradient, .product(symbolic), .product(numeric), result]
    }

    /// 1/n in front of a batch's sums when the reduction is the mean; nothing otherwise.
    private func batchFactor(symbolic: Bool) -> [MathExpression] {
        guard form.isBatch, form.options.reduction == .mean else { return [] }
        let count: MathExpression = symbolic ? .symbol(MathSymbol("n")) : .number(String(form.batch.count))
        return [.fraction(.number("1"), count)]
    }

    /// Which entries of layer `layer`'s matrices are left out (a sentence in the format), or ""
    /// when none are.
    private func hiddenNote(_ layer: Int) -> String {
        let weights = form.weights(layer)
        guard let (rows, columns) = matrices.hidden(weights) else { return "" }
        var parts: [String] = []
        if rows > 0 { parts.append("\(rows) of its \(weights.rows) rows") }
        if columns > 0 { parts.append("\(columns) of its \(weights.columns) columns") }
        let text = " is \(weights.rows) × \(weights.columns): " + parts.joined(separator: " and ")
            + " are left out (⋮, ⋯), and its vectors are shortened alike."
        return base.cellMath(Self.symbol("W", layer)) + style.document.escaping.escape(text)
    }

    // MARK: - The equations in general, and the weights' numbers

    private func generalEquations() -> TemplateValue {
        func layer(_ base: String, _ superscript: String) -> MathExpression { .symbol(MathSymbol(base, superscript: superscript)) }
        let total = Self.total
        let slope = MathExpression.applied(MathSymbol("f", superscript: "′"), [layer("z", "l")])
        let equations: [String: [MathExpression]] = [
            "forward": [layer("z", "l"), .sum([.product([layer("W", "l"), layer("a", "l-1")]), layer("b", "l")])],
            "activation": [layer("a", "l"), .applied(MathSymbol("f"), [layer("z", "l")])],
            "outputDelta": [layer("delta", "L"), .hadamard([.partial(total, MathSymbol("a", superscript: "L")), .applied(MathSymbol("f", superscript: "′"), [layer("z", "L")])])],
            "hiddenDelta": [layer("delta", "l"), .hadamard([.product([.transposed(layer("W", "l+1")), layer("delta", "l+1")]), slope])],
            "weightGradient": [.partial(total, MathSymbol("W", superscript: "l")), .product(batchFactor(symbolic: true) + [layer("delta", "l"), .transposed(layer("a", "l-1"))])],
            "biasGradient": [
                .partial(total, MathSymbol("b", superscript: "l")),
                form.isBatch ? .product(batchFactor(symbolic: true) + [layer("delta", "l"), .symbol(MathSymbol("1"))]) : layer("delta", "l"),
            ],
        ]
        var values = equations.mapValues { TemplateValue.raw(style.displayChain($0).text) }
        values["update"] = joined(generalUpdate().map { .raw(style.displayChain($0).text) })
        return .object(values)
    }

    /// The symbols the prose names, as inline math.
    private func symbols() -> TemplateValue {
        func layer(_ base: String, _ superscript: String) -> MathExpression { .symbol(MathSymbol(base, superscript: superscript)) }
        let symbols: [String: MathExpression] = [
            "W": layer("W", "l"),
            "Wjk": .symbol(MathSymbol("W", subscript: "jk", superscript: "l")),
            "a": layer("a", "l"),
            "a0": layer("a", "0"),
            "z": layer("z", "l"),
            "b": layer("b", "l"),
            "delta": layer("delta", "l"),
            "f": .symbol(MathSymbol("f")),
            "hadamard": .hadamard([.symbol(MathSymbol("u")), .symbol(MathSymbol("v"))]),
            "onesDelta": .product([.transposed(.symbol(MathSymbol("1"))), layer("delta", "l")]),
            "eta": .symbol(MathSymbol("eta")),
            "xw": .sum([.product([.symbol(MathSymbol("X")), .symbol(MathSymbol("W"))]), .symbol(MathSymbol("b"))]),
            "transposedWeights": .transposed(layer("W", "l+1")),
        ]
        return .object(symbols.mapValues { base.inline($0) })
    }

    /// How many of the weights into `layer` the table lists.
    private func weightRows(_ layer: Int) -> Int {
        let count = network.layerSizes[layer] * network.layerSizes[layer - 1]
        return base.options.detail == .all ? count : min(count, Self.weightRowsPerLayer)
    }

    /// The rows of the weight table per layer with `--detail first`.
    static let weightRowsPerLayer = 8

    /// Each numbered weight, its matrix entry, what it connects and its value.
    private func weightTable() -> Table {
        var table = Table(columns: [.init("weight"), .init("entry"), .init("from → to"), .init("value", .decimal)])
        let names = base.names
        for layer in 1..<network.layerCount {
            let sources = network.layerSizes[layer - 1]
            let first = network.firstWeight(intoLayer: layer)
            for weight in first..<(first + weightRows(layer)) {
                let row = (weight - first) / sources, column = (weight - first) % sources
                let index = row < 9 && column < 9 ? "\(row + 1)\(column + 1)" : "\(row + 1),\(column + 1)"
                table.rows.append([
                    base.cellMath(.symbol(names.weightSymbol(weight))),
                    base.cellMath(.symbol(MathSymbol("W", subscript: index, superscript: String(layer)))),
                    names.neuron(layer: layer - 1, column) + " → " + names.neuron(layer: layer, row),
                    base.number(network.weights[weight]),
                ])
            }
            let rest = network.layerSizes[layer] * sources - weightRows(layer)
            if rest > 0 {
                table.rows.append(["…", "", "\(rest) more into the \(base.layerName(layer))", ""])
            }
        }
        return table
    }
}
