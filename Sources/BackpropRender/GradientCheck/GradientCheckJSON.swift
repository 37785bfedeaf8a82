import BackpropCore

/// The gradient check as JSON: the step, the thresholds, and per parameter checked its
/// gradient, E_total(p ± h), the estimate, the relative error, the verdict and the names of its
/// terms (what `check` accepts).
struct GradientCheckJSON {
    let trace: Trace
    let check: GradientCheck

    func render() -> String {
        let naming = trace.naming
        var json = JSONWriter(capacity: 400 * check.entries.count + 512)
        json.raw("{\n  \"format\": \"backprop-gradient-check\",\n  \"version\": 1,\n  \"h\": ")
        json.number(check.step)
        json.raw(",\n  \"thresholds\": {\"fine\": ")
        json.number(GradientCheck.fineBelow)
        json.raw(", \"suspect\": ")
        json.number(GradientCheck.suspectAbove)
        json.raw("},\n  \"E_total\": ")
        json.number(check.totalError)
        json.raw(",\n  \"parameterCount\": \(check.parameterCount),\n  \"passes\": \(check.passes),\n  \"parameters\": [")
        for (index, entry) in check.entries.enumerated() {
            let id = entry.parameter
            func name(_ kind: TermKind) -> String { naming.name(TermID(kind, layer: id.layer, neuron: id.neuron, weight: id.weight)) }
            json.raw(index == 0 ? "\n    {\"name\": " : ",\n    {\"name\": ")
            json.string(naming.name(id))
            for (key, value) in [
                ("value", entry.value), ("gradient", entry.gradient), ("raisedError", entry.raisedError),
                ("loweredError", entry.loweredError), ("estimate", entry.estimate),
                ("relativeError", entry.relativeError), ("roundingLimit", entry.roundingLimit),
            ] {
                json.raw(", \"\(key)\": ")
                json.number(value)
            }
            json.raw(", \"crossesKink\": \(entry.crossesKink), \"verdict\": ")
            json.string(entry.verdict.rawValue)
            json.raw(", \"terms\": ")
            json.strings([name(.raisedError), name(.loweredError), name(.differenceQuotient)])
            json.raw("}")
        }
        json.raw("\n  ]\n}\n")
        return json.text
    }
}
