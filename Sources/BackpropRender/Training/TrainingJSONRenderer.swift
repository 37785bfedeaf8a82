import BackpropCore

/// Writes a ``TrainingReport`` as one JSON object for scripts and plots: the settings, the loss
/// history (the table's epochs and the curve's), the trained network and every example's
/// prediction, all numbers at full precision. `docs/train.md` describes the shape.
package struct TrainingJSONRenderer: Sendable {
    /// A renderer; JSON always carries full precision.
    package init() {}

    /// The JSON text, ending in a newline.
    package func render(_ report: TrainingReport) -> String {
        var json = JSONWriter(capacity: 1 << 12 + 64 * report.examples.count)
        json.raw("{\n  \"format\": \"backprop-training\",\n  \"version\": 1,\n  \"data\": ")
        json.string(report.dataName)
        json.raw(",\n  \"settings\": ")
        settings(report, into: &json)
        json.raw(",\n  \"history\": ")
        records(report.history.table, into: &json)
        json.raw(",\n  \"curve\": ")
        records(report.history.curve, into: &json)
        json.raw(",\n  \"network\": ")
        network(report.network, into: &json)
        json.raw(",\n  \"predictions\": [")
        predictions(report, into: &json)
        json.raw("]\n}\n")
        return json.text
    }

    private func settings(_ report: TrainingReport, into json: inout JSONWriter) {
        json.raw("{\"preset\": ")
        if let preset = report.preset {
            json.string(preset.name)
            json.raw(", \"overriddenBy\": ")
            json.strings(preset.overriddenBy)
        } else {
            json.raw("null")
        }
        json.raw(", \"loss\": ")
        json.string(report.loss.rawValue)
        json.raw(", \"optimizer\": ")
        json.optimizer(report.optimizer)
        json.raw(", \"learningRate\": ")
        json.number(report.learningRate)
        json.raw(", \"weightDecay\": ")
        json.number(report.weightDecay)
        json.raw(", \"batchSize\": \(report.batchSize), \"epochsAsked\": \(report.epochsAsked)")
        json.raw(", \"epochsRun\": \(report.epochsRun), \"steps\": \(report.steps)")
        json.raw(", \"chanceAccuracy\": ")
        if let chance = report.chanceAccuracy { json.number(chance) } else { json.raw("null") }
        json.raw(", \"endsNearChance\": \(report.endsNearChance)}")
    }

    private func records(_ records: [TrainingHistory.Record], into json: inout JSONWriter) {
        json.raw("[")
        for (index, record) in records.enumerated() {
            json.raw(index == 0 ? "\n    {\"epoch\": \(record.epoch), \"loss\": " : ",\n    {\"epoch\": \(record.epoch), \"loss\": ")
            json.number(record.loss)
            json.raw(", \"accuracy\": ")
            if let accuracy = record.accuracy { json.number(accuracy) } else { json.raw("null") }
            json.raw("}")
        }
        json.raw(records.isEmpty ? "]" : "\n  ]")
    }

    private func network(_ network: Network, into json: inout JSONWriter) {
        json.raw("{\"layers\": [\(network.layerSizes.map(String.init).joined(separator: ", "))], \"activation\": ")
        json.strings(network.activations.map(\.rawValue))
        json.raw(", \"weights\": ")
        json.numbers(network.weights)
        json.raw(", \"biases\": ")
        if network.hasBiases {
            json.raw("[")
            for (index, layer) in network.biases.enumerated() {
                if index > 0 { json.raw(", ") }
                json.numbers(layer)
            }
            json.raw("]")
        } else {
            json.raw("null")
        }
        json.raw(", \"biasSharing\": ")
        json.string(network.biasSharing.rawValue)
        json.raw("}")
    }

    private func predictions(_ report: TrainingReport, into json: inout JSONWriter) {
        for (index, example) in report.examples.enumerated() {
            json.raw(index == 0 ? "\n    {\"inputs\": " : ",\n    {\"inputs\": ")
            json.numbers(example.inputs)
            json.raw(", \"targets\": ")
            json.numbers(example.targets)
            json.raw(", \"outputs\": ")
            let outputs = report.outputs[safe: index] ?? []
            json.numbers(outputs)
            if let classes = report.classNames, let target = Classification.label(ofTargets: example.targets) {
                let chosen = Classification.label(ofOutputs: outputs)
                json.raw(", \"class\": ")
                json.string(classes[safe: target] ?? String(target))
                json.raw(", \"chosen\": ")
                json.string(classes[safe: chosen] ?? String(chosen))
            }
            json.raw("}")
        }
        if !report.examples.isEmpty { json.raw("\n  ") }
    }
}
