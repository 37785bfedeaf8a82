/// Reading and writing network files: JSON with the fields of ``NetworkSpec/fields``.
///
/// The format is documented in `docs/network-file.md`.
public enum NetworkFile {
    /// Parses a network file's bytes. `path` is used in error messages only.
    ///
    /// - Throws: ``NetworkInputError``: malformed JSON (with line and column), a field of the
    ///   wrong type, an unknown field or activation.
    public static func decode(_ bytes: [UInt8], path: String) throws(NetworkInputError) -> NetworkSpec {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw NetworkInputError(
                .file(path), field: nil, message: "malformed JSON: \(error.message)",
                line: error.line, column: error.column, isSyntax: true
            )
        }
        guard case let .object(members) = root.kind else {
            throw NetworkInputError(
                .file(path), field: nil,
                message: "expected an object with \(NetworkSpec.fields.map { "\"\($0)\"" }.joined(separator: ", ")), got \(root.kindDescription)",
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
            case "inputs": spec.inputs = sourced(try reader.numbers(value, key))
            case "targets": spec.targets = sourced(try reader.numbers(value, key))
            case "weights": spec.weights = sourced(try reader.numbers(value, key))
            case "biases": spec.biases = sourced(try reader.biases(value))
            case "learningRate": spec.learningRate = sourced(try reader.number(value, key))
            case "activation": spec.activation = sourced(try reader.activations(value))
            case "comment": continue
            default:
                let hint = Suggestion.closest(to: key, among: NetworkSpec.fields + ["comment"])
                    .map { " (did you mean \"\($0)\"?)" } ?? ""
                throw NetworkInputError(
                    .file(path), field: key,
                    message: "unknown field\(hint); fields are \(NetworkSpec.fields.joined(separator: ", "))",
                    line: value.line, column: value.column
                )
            }
        }
        return spec
    }

    /// The network as a file `decode` reads back to the same network, fields in the usual order.
    public static func encode(_ network: Network) -> String {
        func list(_ values: [Double]) -> String {
            "[" + values.map { JSONNumber.text($0) }.joined(separator: ", ") + "]"
        }
        let biases = network.biasSharing == .perLayer
            ? list(network.biases.map { $0[0] })
            : "[" + network.biases.map(list).joined(separator: ", ") + "]"
        let activations = Set(network.activations).count == 1
            ? "\"\(network.activations[0].rawValue)\""
            : "[" + network.activations.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + "]"
        return """
            {
              "layers": [\(network.layerSizes.map(String.init).joined(separator: ", "))],
              "inputs": \(list(network.inputs)),
              "targets": \(list(network.targets)),
              "weights": \(list(network.weights)),
              "biases": \(biases),
              "learningRate": \(JSONNumber.text(network.learningRate)),
              "activation": \(activations)
            }

            """
    }
}

/// Reads typed values out of a network file's JSON, with messages that name field and position.
private struct FieldReader {
    let path: String

    func failure(_ field: String, _ value: JSONValue, _ message: String) -> NetworkInputError {
        NetworkInputError(
            .file(path), field: field, message: message, line: value.line, column: value.column
        )
    }

    func elements(_ value: JSONValue, _ field: String) throws(NetworkInputError) -> [JSONValue] {
        guard case let .array(elements) = value.kind else {
            throw failure(field, value, "expected an array, got \(value.kindDescription)")
        }
        return elements
    }

    func number(_ value: JSONValue, _ field: String, index: Int? = nil) throws(NetworkInputError) -> Double {
        guard case let .number(number) = value.kind else {
            let which = index.map { "value \($0 + 1) is \(value.kindDescription)" }
                ?? "got \(value.kindDescription)"
            throw failure(field, value, index == nil ? "expected a number, \(which)" : "\(which), expected a number")
        }
        guard number.isFinite else {
            let which = index.map { "value \($0 + 1)" } ?? "the value"
            throw failure(field, value, "\(which) is too large for a double; only finite numbers are allowed")
        }
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
                throw failure(field, element, "value \(index + 1) is \(number), expected a whole number of neurons")
            }
            result.append(Int(number))
        }
        return result
    }

    func biases(_ value: JSONValue) throws(NetworkInputError) -> BiasValues {
        let list = try elements(value, "biases")
        let nested = list.contains { if case .array = $0.kind { true } else { false } }
        guard nested else { return .shared(try numbers(value, "biases")) }
        var layers: [[Double]] = []
        for element in list {
            guard case .array = element.kind else {
                throw failure("biases", element, "mixes numbers and arrays; give one number per layer (shared) or one array per layer (per neuron)")
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
                throw failure("activation", element, "expected an activation name, got \(element.kindDescription)")
            }
            guard let activation = Activation(rawValue: name) else {
                throw failure("activation", element, Activation.unknownMessage(name))
            }
            result.append(activation)
        }
        if result.isEmpty { throw failure("activation", value, "expected at least one activation") }
        return result
    }
}

extension Activation {
    /// The message for an activation name that is not one of ours.
    public static func unknownMessage(_ name: String) -> String {
        let known = allCases.map(\.rawValue)
        let hint = Suggestion.closest(to: name, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
        return "unknown activation \"\(name)\"\(hint); choose \(known.joined(separator: ", "))"
    }
}
