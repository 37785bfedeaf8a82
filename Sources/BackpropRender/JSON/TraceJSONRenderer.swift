import BackpropCore
import TemplateKit

/// Writes a trace as one JSON object: the network, the options, every term with its formula and
/// operands, the history and the state after the last step. `docs/json.md` describes the shape.
package struct TraceJSONRenderer: Sendable {
    /// A renderer; it has no settings: JSON always carries full precision.
    package init() {}

    /// The JSON text, ending in a newline.
    package func render(_ trace: Trace) -> String {
        var text = TextSink()
        try? render(trace, into: &text)
        return String(decoding: text.bytes, as: UTF8.self)
    }

    /// Writes the JSON text into `sink` as it is made, in chunks of about 64 KiB; the chunks
    /// joined are exactly what ``render(_:)`` returns.
    ///
    /// - Throws: Any error `sink` throws, unchanged.
    package func render<Sink: TemplateSink>(_ trace: Trace, into sink: inout Sink) throws {
        var json = JSONWriter(capacity: 1 << 17)
        let formulas = FormulaText(trace: trace)
        json.raw("{\n  \"format\": \"backprop-trace\",\n  \"version\": 1,\n  \"network\": ")
        writeNetwork(trace.setup, into: &json)
        json.raw(",\n  \"options\": {\"hiddenUses\": ")
        json.string(trace.options.hiddenUses.rawValue)
        json.raw(", \"updateBiases\": \(trace.options.updateBiases), \"steps\": \(trace.options.steps)")
        writeBatchOptions(trace, into: &json)
        json.raw("}")
        json.raw(",\n  \"neurons\": [")
        for layer in 0..<trace.network.layerCount {
            if layer > 0 { json.raw(", ") }
            json.strings((0..<trace.network.layerSizes[layer]).map { trace.names.neuron(layer: layer, $0) })
        }
        json.raw("],\n  \"terms\": [\n")
        let naming = trace.naming
        for (index, term) in trace.terms.enumerated() {
            try json.flush(into: &sink)
            json.raw(index == 0 ? "    {\"name\": " : ",\n    {\"name\": ")
            json.string(naming.name(term.id))
            json.raw(", \"value\": ")
            json.number(term.value)
            let aliases = naming.aliases(term.id)
            if !aliases.isEmpty {
                json.raw(", \"aliases\": ")
                json.strings(aliases)
            }
            json.raw(", \"role\": ")
            json.string(term.kind.rawValue)
            json.raw(", \"section\": ")
            json.string(Self.sectionName(term.section))
            json.raw(", \"layer\": \(term.layer)")
            if let neuron = term.neuron { json.raw(", \"neuron\": \(neuron + 1)") }
            if let weight = term.weight { json.raw(", \"weight\": \(weight + 1)") }
            if let example = term.id.example { json.raw(", \"example\": \(example + 1)") }
            if let output = term.id.output { json.raw(", \"output\": \(output + 1)") }
            json.raw(", \"formula\": ")
            json.string(formulas.symbolic(term))
            json.raw(", \"from\": ")
            json.strings(term.formula.operands.map { naming.name(trace.terms[$0].id) })
            json.raw("}")
        }
        json.raw("\n  ],\n  \"history\": [")
        for (index, checkpoint) in trace.history.enumerated() {
            json.raw(index == 0 ? "\n    " : ",\n    ")
            json.raw("{\"step\": \(checkpoint.step), \"E_total\": ")
            json.number(checkpoint.totalError)
            json.raw(", \"outputs\": ")
            writeOutputs(checkpoint, into: &json)
            json.raw("}")
        }
        json.raw("\n  ],\n  \"after\": {\"steps\": \(trace.final.step), \"E_total\": ")
        json.number(trace.final.totalError)
        json.raw(", \"outputs\": ")
        writeOutputs(trace.final, into: &json)
        json.raw(", \"weights\": ")
        json.numbers(trace.trained.weights)
        json.raw(", \"biases\": ")
        writeBiases(trace.trained, into: &json)
        json.raw("}\n}\n")
        try json.flush(into: &sink, atLeast: 0)
    }

    /// The section's name in JSON: `given`, `forward:1`, `error`, `backward:2`.
    package static func sectionName(_ section: TraceSection) -> String {
        switch section {
        case .given: return "given"
        case let .forward(layer): return "forward:\(layer)"
        case .error: return "error"
        case let .backward(layer): return "backward:\(layer)"
        case .update: return "update"
        case .gradientCheck: return "gradient-check"
        }
    }

    /// The options of several examples, rounding, a later traced step and the optimizer, only
    /// where they are not the reference's, so a trace of one example keeps its shape.
    private func writeBatchOptions(_ trace: Trace, into json: inout JSONWriter) {
        let options = trace.options
        if trace.setup.examples.count > 1 {
            json.raw(", \"batchSize\": \(min(options.batchSize ?? trace.setup.examples.count, trace.setup.examples.count))")
            json.raw(", \"reduction\": ")
            json.string(options.reduction.rawValue)
        }
        if let decimals = options.roundingDecimals { json.raw(", \"round\": \(decimals)") }
        if options.tracedStep > 1 { json.raw(", \"tracedStep\": \(options.tracedStep)") }
        if options.weightDecay != 0 {
            json.raw(", \"weightDecay\": ")
            json.number(options.weightDecay)
        }
        if options.optimizer != .sgd {
            json.raw(", \"optimizer\": ")
            json.optimizer(options.optimizer)
        }
    }

    private func writeNetwork(_ setup: TrainingSetup, into json: inout JSONWriter) {
        let network = setup.network
        json.raw("{\"layers\": [\(network.layerSizes.map(String.init).joined(separator: ", "))]")
        if setup.examples.count == 1 {
            json.raw(", \"inputs\": ")
            json.numbers(setup.inputs)
            json.raw(", \"targets\": ")
            json.numbers(setup.targets)
        } else {
            json.raw(", \"examples\": [")
            for (index, example) in setup.examples.enumerated() {
                json.raw(index == 0 ? "{\"inputs\": " : ", {\"inputs\": ")
                json.numbers(example.inputs)
                json.raw(", \"targets\": ")
                json.numbers(example.targets)
                json.raw("}")
            }
            json.raw("]")
        }
        json.raw(", \"weights\": ")
        json.numbers(network.weights)
        json.raw(", \"biases\": ")
        writeBiases(network, into: &json)
        json.raw(", \"learningRate\": ")
        json.number(setup.learningRate)
        json.raw(", \"activation\": ")
        json.strings(network.activations.map(\.rawValue))
        if setup.loss != .halfSquared {
            json.raw(", \"loss\": ")
            json.string(setup.loss.rawValue)
        }
        json.raw("}")
    }

    /// One example's outputs as a list; several examples' as a list of lists.
    private func writeOutputs(_ checkpoint: Checkpoint, into json: inout JSONWriter) {
        guard checkpoint.exampleOutputs.count > 1 else {
            json.numbers(checkpoint.outputs)
            return
        }
        json.raw("[")
        for (index, outputs) in checkpoint.exampleOutputs.enumerated() {
            if index > 0 { json.raw(", ") }
            json.numbers(outputs)
        }
        json.raw("]")
    }

    private func writeBiases(_ network: Network, into json: inout JSONWriter) {
        switch network.biasSharing {
        case .perLayer:
            json.numbers(network.biases.map { $0[0] })
        case .perNeuron:
            json.raw("[")
            for (index, layer) in network.biases.enumerated() {
                if index > 0 { json.raw(", ") }
                json.numbers(layer)
            }
            json.raw("]")
        case .none:
            json.raw("null")
        }
    }
}
