import BackpropCore
import TemplateKit

/// The overview: the network's values and the options the walkthrough was made with.
extension WalkthroughContext {
    func networkValues() -> TemplateValue {
        let layers: [TemplateValue] = (0..<network.layerCount).map { layer in
            var values: [String: TemplateValue] = [
                "name": .text(layerName(layer)),
                "size": .text(String(network.layerSizes[layer])),
                "isInput": .bool(layer == 0),
                "isOutput": .bool(layer == outputLayer),
            ]
            if layer > 0 { values["activation"] = activationFlags(network.activations[layer - 1]) }
            return .object(values)
        }
        let activations = Set(network.activations)
        return .object([
            "shape": .text(shape),
            "layers": .list(layers),
            "weightCount": .text(String(network.weights.count)),
            "hiddenLayerCount": .text(String(network.layerCount - 2)),
            "hasHiddenLayers": .bool(network.layerCount > 2),
            "oneOutput": .bool(network.layerSizes[outputLayer] == 1),
            "sharedBiases": .bool(network.biasSharing == .perLayer),
            "hasBiases": .bool(network.hasBiases),
            "exampleCount": .text(String(trace.setup.examples.count)),
            "severalExamples": .bool(trace.setup.examples.count > 1),
            "softmaxOutput": .bool(network.outputActivation == .softmax),
            "oneActivation": .bool(activations.count == 1),
            "activation": activationFlags(network.activations[0]),
            "learningRate": inline(.equation([symbol(.learningRate), .number(NumberFormat.exact(learningRate))])),
            "isReference": .bool(trace.setup == TrainingSetup.reference),
        ])
    }

    func optionValues() -> TemplateValue {
        let step = trace.options.tracedStep
        return .object([
            "tracedStep": .text(String(step)),
            "laterStep": .bool(step > 1),
            "stepsBefore": .text(step == 2 ? "step 1" : step == 3 ? "steps 1 and 2" : "steps 1 to \(step - 1)"),
            "hiddenUsesUpdated": .bool(trace.options.hiddenUses == .updated),
            "updateBiases": .bool(trace.options.updateBiases),
            "steps": .text(String(trace.options.steps)),
            "manySteps": .bool(trace.options.steps > 1),
            "detailAll": .bool(options.detail == .all),
            "rounding": .bool(trace.options.roundingDecimals != nil),
            "roundingDecimals": .text(trace.options.roundingDecimals.map(String.init) ?? ""),
            "digits": .text(String(options.numbers.digits)),
            // The reference's own figures apply only to its network trained as the reference does.
            "referenceNotes": .bool(trace.setup == TrainingSetup.reference && !trace.options.updateBiases),
        ])
    }

    func givenTable() -> Table {
        var table = Table(columns: [.init("quantity"), .init("value", .decimal), .init("meaning")])
        table.foldable = true
        for term in trace.terms where term.section == .given {
            table.rows.append([cellMath(formulas.symbol(term)), number(term), meaning(of: term)])
        }
        return table
    }

    func meaning(of term: Term) -> String {
        switch term.kind {
        case .input: return "input" + ofExample(term)
        case .target: return "target of " + names.neuron(layer: outputLayer, term.neuron ?? 0) + ofExample(term)
        case .weight:
            guard let weight = term.weight, let neuron = term.neuron else { return "weight" }
            let source = weight - network.firstWeight(intoLayer: term.layer) - neuron * network.layerSizes[term.layer - 1]
            return "weight " + names.neuron(layer: term.layer - 1, source) + " → "
                + names.neuron(layer: term.layer, neuron)
        case .bias:
            if let neuron = term.neuron { return "bias of " + names.neuron(layer: term.layer, neuron) }
            return "bias shared by the \(layerName(term.layer))"
        case .learningRate: return "learning rate"
        default: return optimizerMeaning(of: term) ?? ""
        }
    }

    private func ofExample(_ term: Term) -> String {
        term.id.example.map { ", example \($0 + 1)" } ?? ""
    }
}
