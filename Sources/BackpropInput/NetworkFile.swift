import BackpropCore
import BackpropSupport

/// Reading and writing network files: JSON with the fields of ``NetworkSpec/fields``.
///
/// The format is documented in `docs/network-file.md`.
package enum NetworkFile {
    /// Parses a network file's bytes. `path` is used in error messages only.
    ///
    /// - Throws: ``NetworkInputError``: malformed JSON (with line and column), a field of the
    ///   wrong type, an unknown field or activation.
    package static func decode(_ bytes: [UInt8], path: String) throws(NetworkInputError) -> NetworkSpec {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw NetworkInputError(
                .file(path), field: nil, .malformedJSON(error.message),
                line: error.line, column: error.column
            )
        }
        guard case let .object(members) = root.kind else {
            throw NetworkInputError(
                .file(path), field: nil, .notAnObject(found: root.type),
                line: root.line, column: root.column
            )
        }
        var spec = NetworkSpec()
        let reader = FieldReader(path: path)
        for (key, value) in members {
            let position = (value.line, value.column)
            func sourced<Value>(_ content: Value) -> Sourced<Value> {
                Sourced(content, from: .file(path), at: position)
            }
            switch key {
            case "layers": spec.layers = sourced(try reader.integers(value, key))
            case "inputs": spec.inputs = sourced(try reader.examples(value, key))
            case "targets": spec.targets = sourced(try reader.examples(value, key))
            case "examples":
                let (inputs, targets) = try reader.examplePairs(value)
                spec.inputs = sourced(inputs)
                spec.targets = sourced(targets)
            case "weights": spec.weights = sourced(try reader.numbers(value, key))
            case "biases": spec.biases = sourced(try reader.biases(value))
            case "learningRate": spec.learningRate = sourced(try reader.number(value, key))
            case "activation": spec.activation = sourced(try reader.activations(value))
            case "loss": spec.loss = sourced(try reader.loss(value))
            case "training": spec.training = sourced(try reader.training(value))
            case "comment": continue
            default:
                let suggestion = Suggestion.closest(to: key, among: NetworkSpec.fields + ["comment"])
                throw NetworkInputError(
                    .file(path), field: key, .unknownField(suggestion: suggestion),
                    line: value.line, column: value.column
                )
            }
        }
        let keys = Set(members.map(\.key))
        if keys.contains("examples"), let other = members.first(where: { $0.key == "inputs" || $0.key == "targets" }) {
            throw NetworkInputError(
                .file(path), field: other.key, .examplesBesideInputs,
                line: other.value.line, column: other.value.column
            )
        }
        return spec
    }

    /// The setup as a file `decode` reads back to the same setup, fields in the usual order.
    /// The loss is written only when it is not the reference's half squared error, and
    /// several examples as an `"examples"` list; `training`, when given, as the `"training"`
    /// object.
    package static func encode(_ setup: TrainingSetup, training: TrainingRecord? = nil) -> String {
        let network = setup.network
        func list(_ values: [Double]) -> String {
            "[" + values.map { JSONNumber.text($0) }.joined(separator: ", ") + "]"
        }
        let biases = switch network.biasSharing {
        case .perLayer: list(network.biases.map { $0[0] })
        case .perNeuron: "[" + network.biases.map(list).joined(separator: ", ") + "]"
        case .none: "null"
        }
        let activations = Set(network.activations).count == 1
            ? "\"\(network.activations[0].rawValue)\""
            : "[" + network.activations.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]"
        let examples = setup.examples.count == 1
            ? "\n  \"inputs\": \(list(setup.inputs)),\n  \"targets\": \(list(setup.targets)),"
            : "\n  \"examples\": [\n" + setup.examples.map {
                "    {\"inputs\": \(list($0.inputs)), \"targets\": \(list($0.targets))}"
            }.joined(separator: ",\n") + "\n  ],"
        var loss = setup.loss == .halfSquared ? "" : ",\n  \"loss\": \"\(setup.loss.rawValue)\""
        if let training { loss += ",\n  \"training\": " + encode(training) }
        return """
            {
              "layers": [\(network.layerSizes.map(String.init).joined(separator: ", "))],\(examples)
              "weights": \(list(network.weights)),
              "biases": \(biases),
              "learningRate": \(JSONNumber.text(setup.learningRate)),
              "activation": \(activations)\(loss)
            }

            """
    }
}

/// Reads typed values out of a network file's JSON, with messages that name field and position.
struct FieldReader {
    let path: String

    func failure(
        _ field: String, _ value: JSONValue, _ problem: NetworkInputError.Problem
    ) -> NetworkInputError {
        NetworkInputError(.file(path), field: field, problem, line: value.line, column: value.column)
    }

    func elements(_ value: JSONValue, _ field: String) throws(NetworkInputError) -> [JSONValue] {
        guard case let .array(elements) = value.kind else {
            throw failure(field, value, .expectedArray(found: value.type))
        }
        return elements
    }

    func number(_ value: JSONValue, _ field: String, index: Int? = nil) throws(NetworkInputError) -> Double {
        guard case let .number(number) = value.kind else {
            throw failure(field, value, .expectedNumber(found: value.type, index: index))
        }
        guard number.isFinite else { throw failure(field, value, .tooLarge(index: index)) }
        return number
    }

    func numbers(_ value: JSONValue, _ field: String) throws(NetworkInputError) -> [Double] {
        var result: [Double] = []
        for (index, element) in try elements(value, field).enumerated() {
            result.append(try number(element, field, index: index))
        }
        return result
    }

    func integers(_ value: JSONValue, _ field: String) throws(NetworkInputError) -> [Int] {
        var result: [Int] = []
        for (index, element) in try elements(value, field).enumerated() {
            let number = try number(element, field, index: index)
            guard number == number.rounded(), abs(number) < 1e15 else {
                throw failure(field, element, .notWholeNumber(index: index, value: number))
            }
            result.append(Int(number))
        }
        return result
    }

    /// One example's values (a list of numbers) or several examples' (a list of lists).
    func examples(_ value: JSONValue, _ field: String) throws(NetworkInputError) -> [[Double]] {
        let list = try elements(value, field)
        guard list.contains(where: { if case .array = $0.kind { true } else { false } }) else {
            return [try numbers(value, field)]
        }
        return try list.map { element throws(NetworkInputError) in try numbers(element, field) }
    }

    /// `"examples": [{"inputs": […], "targets": […]}, …]`.
    func examplePairs(_ value: JSONValue) throws(NetworkInputError) -> ([[Double]], [[Double]]) {
        var inputs: [[Double]] = [], targets: [[Double]] = []
        let list = try elements(value, "examples")
        if list.count > NetworkSpec.maximumExampleCount {
            throw failure("examples", value, .tooManyExamples(limit: NetworkSpec.maximumExampleCount))
        }
        for (index, element) in list.enumerated() {
            guard case let .object(members) = element.kind,
                  let input = members.first(where: { $0.key == "inputs" })?.value,
                  let target = members.first(where: { $0.key == "targets" })?.value,
                  members.count == 2 else {
                throw failure("examples", element, .malformedExample(index: index))
            }
            inputs.append(try numbers(input, "examples"))
            targets.append(try numbers(target, "examples"))
        }
        if list.isEmpty { throw failure("examples", value, .malformedExample(index: 0)) }
        return (inputs, targets)
    }

    func loss(_ value: JSONValue) throws(NetworkInputError) -> Loss {
        guard case let .string(name) = value.kind else {
            throw failure("loss", value, .expectedLossName(found: value.type))
        }
        guard let loss = LossName.parse(name) else {
            throw failure("loss", value, .unknownLoss(name, suggestion: LossName.suggestion(for: name)))
        }
        return loss
    }

    func biases(_ value: JSONValue) throws(NetworkInputError) -> BiasValues {
        if case .null = value.kind { return .none }
        let list = try elements(value, "biases")
        let nested = list.contains { if case .array = $0.kind { true } else { false } }
        guard nested else { return .shared(try numbers(value, "biases")) }
        var layers: [[Double]] = []
        for element in list {
            guard case .array = element.kind else {
                throw failure("biases", element, .mixedBiases)
            }
            layers.append(try numbers(element, "biases"))
        }
        return .perNeuron(layers)
    }

    func activations(_ value: JSONValue) throws(NetworkInputError) -> [Activation] {
        let names: [JSONValue] = if case .string = value.kind { [value] } else { try elements(value, "activation") }
        var result: [Activation] = []
        for element in names {
            guard case let .string(name) = element.kind else {
                throw failure("activation", element, .expectedActivationName(found: element.type))
            }
            guard let activation = ActivationName.parse(name) else {
                throw failure(
                    "activation", element,
                    .unknownActivation(name, suggestion: ActivationName.suggestion(for: name))
                )
            }
            result.append(activation)
        }
        if result.isEmpty { throw failure("activation", value, .noActivation) }
        return result
    }
}
