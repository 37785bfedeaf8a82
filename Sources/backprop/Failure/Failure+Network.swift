import BackpropCore
import BackpropInput
import BackpropRender

/// The words for what is wrong with a network description: the libraries say what, this says it.
extension Failure {
    /// The one-line message: `net.json: "weights": expected 8 numbers …`,
    /// `net.json:3:14: malformed JSON: …`, `--weights: …`.
    static func message(_ error: NetworkInputError) -> String {
        var text: String
        switch error.source {
        case let .file(path):
            text = path
            if let line = error.line, let column = error.column { text += ":\(line):\(column)" }
            text += ": "
            if let field = error.field { text += "\"\(field)\": " }
        case let .flag(flag):
            text = "\(flag): "
        case .reference:
            let flag = error.field.map(NetworkOptions.flag(forField:)) ?? "a flag"
            text = "\"\(error.field ?? "network")\" (the reference network's, since no \(flag) or "
                + "--network gave one): "
        }
        return text + problem(error.problem, field: error.field) + biasesHint(error)
    }

    /// For a count of shared biases that does not fit the layers, how to give one per neuron.
    private static func biasesHint(_ error: NetworkInputError) -> String {
        guard error.field == NetworkField.biases.rawValue,
              case let .invalid(.wrongCount(_, _, layers), _) = error.problem
        else { return "" }
        // A layer of many neurons as `b,…,b (12)`, so the hint stays one short line.
        let perLayer = layers.dropFirst().map { size in
            size <= 4 ? Array(repeating: "b", count: size).joined(separator: ",") : "b,…,b (\(size))"
        }
        if case .file = error.source {
            let arrays = perLayer.map { "[\($0)]" }.joined(separator: ", ")
            return "; for a bias per neuron, give an array per layer: [\(arrays)]"
        }
        return "; for a bias per neuron, split the layers with ';': \(perLayer.joined(separator: ";"))"
    }

    private static func problem(_ problem: NetworkInputError.Problem, field: String?) -> String {
        switch problem {
        case let .malformedJSON(message):
            return "malformed JSON: \(message)"
        case let .notAnObject(found):
            let fields = NetworkSpec.fields.map { "\"\($0)\"" }.joined(separator: ", ")
            return "expected an object with \(fields), got \(words(found))"
        case let .unknownField(suggestion):
            return "unknown field\(didYouMean(suggestion)); fields are "
                + NetworkSpec.fields.joined(separator: ", ")
        case let .expectedArray(found):
            return "expected an array, got \(words(found))"
        case let .expectedNumber(found, index?):
            return "value \(index + 1) is \(words(found)), expected a number"
        case let .expectedNumber(found, nil):
            return "expected a number, got \(words(found))"
        case let .tooLarge(index):
            let which = index.map { "value \($0 + 1)" } ?? "the value"
            return "\(which) is too large for a double; only finite numbers are allowed"
        case let .notWholeNumber(index, value):
            return "value \(index + 1) is \(NumberFormat.exact(value)), expected a whole number of neurons"
        case .mixedBiases:
            return "mixes numbers and arrays; give one number per layer (shared) or one array per "
                + "layer (per neuron)"
        case let .expectedActivationName(found):
            return "expected an activation name, got \(words(found))"
        case let .unknownActivation(name, suggestion):
            let known = Activation.allCases.map(\.rawValue).joined(separator: ", ")
            return "unknown activation \"\(name)\"\(didYouMean(suggestion)); choose \(known)"
        case .noActivation:
            return "expected at least one activation"
        case let .expectedLossName(found):
            return "expected a loss's name, got \(words(found))"
        case let .unknownLoss(name, suggestion):
            let known = Loss.allCases.map(\.rawValue).joined(separator: ", ")
            let hint = CommonGuesses.loss(name).map { " (\($0))" } ?? didYouMean(suggestion)
            return "unknown loss \"\(name)\"\(hint); choose \(known)"
        case let .exampleCountMismatch(inputs, targets):
            return "\(examples(inputs)) of inputs but \(examples(targets)) of targets; give as many of each (examples split by ';')"
        case .examplesBesideInputs:
            return "give the examples either as \"examples\" or as \"inputs\" and \"targets\", not both"
        case let .malformedExample(index):
            return "example \(index + 1) is not {\"inputs\": [...], \"targets\": [...]}"
        case let .rowLength(expected, got, inputs):
            return "the row has \(got) value\(got == 1 ? "" : "s"), but the layers need \(expected) (\(inputs) inputs, then \(expected - inputs) targets)"
        case let .notANumberInRow(column, text):
            return "column \(column) is '\(text)', not a number"
        case .noRows:
            return "no examples: the table has no rows of numbers"
        case let .expectedObject(found):
            return "expected an object, got \(words(found))"
        case let .expectedString(found):
            return "expected a string, got \(words(found))"
        case let .expectedBoolean(found):
            return "expected true or false, got \(words(found))"
        case .missingOptimizerName:
            return "expected \"name\": one of " + TrainingRecord.optimizerNames.joined(separator: ", ")
        case let .unknownOptimizer(name, suggestion):
            return "unknown optimizer \"\(name)\"\(didYouMean(suggestion)); choose "
                + TrainingRecord.optimizerNames.joined(separator: ", ")
        case let .unknownReduction(name):
            return "unknown reduction \"\(name)\"; choose mean or sum"
        case let .outOfRange(value, allowed):
            let range = switch allowed {
            case .fraction: "0 to below 1"
            case .positiveUpToOne: "above 0, at most 1"
            case .weightDecay: "0 to \(NumberFormat.exact(TrainingOptions.maximumWeightDecay))"
            case .batchSize: "a whole number from 1 to \(NetworkSpec.maximumExampleCount)"
            }
            return "\(NumberFormat.exact(value)) is out of range (\(range))"
        case let .labelOutOfRange(example, label, classes):
            return "example \(example + 1)'s class is \(label), but the output layer has \(classes) classes (0 to \(classes - 1))"
        case let .tooManyExamples(limit):
            return "more than \(limit) examples, more than backprop reads"
        case let .invalid(problem, layersFrom):
            var text = message(problem, isActivation: field == NetworkField.activation.rawValue)
            if let layersFrom { text += " (layers from \(describe(layersFrom)))" }
            return text
        }
    }

    /// What is wrong with a part of a network, without the part's name.
    static func message(_ problem: NetworkError.Problem, isActivation: Bool) -> String {
        switch problem {
        case let .tooFewLayers(count):
            return "need at least an input and an output layer, got \(count) layer\(count == 1 ? "" : "s")"
        case let .tooManyLayers(count, limit):
            return "\(count) layers is more than backprop traces (at most \(limit))"
        case let .emptyLayer(index, size):
            return "layer \(index) has \(size) neurons; every layer needs at least one"
        case let .layerTooLarge(index, size, limit):
            return "layer \(index) has \(size) neurons, more than backprop traces (at most \(limit))"
        case let .tooManyWeights(layers, limit):
            return "layers \(layers) need more than \(limit) weights, more than backprop traces"
        case let .wrongCount(expected, got, layers):
            let noun = isActivation ? "activation" : "number"
            return "expected \(expected) \(noun)\(expected == 1 ? "" : "s") for layers \(layers), got \(got)"
        case .notOneSharedBiasPerLayer:
            return "expected one shared bias per non-input layer"
        case let .wrongBiasCount(layer, neurons, biases):
            return "layer \(layer) has \(neurons) neurons but \(biases) biases"
        case let .notFinite(index, value):
            return "value \(index + 1) is \(NumberFormat.exact(value)); only finite numbers are allowed"
        case let .negative(value):
            return "must not be negative, got \(NumberFormat.exact(value))"
        case .noExamples:
            return "no training example"
        case let .softmaxNotOnOutput(layer):
            return "softmax on layer \(layer) is not allowed: softmax turns the output layer's net inputs into class probabilities, so it goes on the output layer only"
        case let .lossNeedsOutputActivation(loss, needs, has):
            return "\(loss.rawValue) needs \(needs.rawValue) outputs, but the output layer is \(has.rawValue)"
                + (loss == .crossEntropy ? " (use --activation …,softmax)" : " (use --activation …,logistic)")
        case let .targetOutsideUnitInterval(example, index, value):
            return "target \(index + 1)\(ofExample(example)) is \(NumberFormat.exact(value)); a cross-entropy needs targets between 0 and 1"
        case let .softmaxTargetsDoNotSumToOne(example, sum):
            return "the targets\(ofExample(example)) sum to \(Self.sumText(sum)); a softmax layer's outputs sum to 1, so its targets must too"
        }
    }

    /// A sum of targets without the binary noise of its addition (0.8999999999999999 is 0.9),
    /// with decimals enough to show any miss of 1 that is refused (more than 10⁻⁹).
    static func sumText(_ sum: Double) -> String {
        NumberFormat(digits: 12).string(sum)
    }

    private static func examples(_ count: Int) -> String {
        "\(count) example\(count == 1 ? "" : "s")"
    }

    private static func ofExample(_ example: Int) -> String {
        example == 0 ? "" : " of example \(example + 1)"
    }

    private static func words(_ type: JSONType) -> String {
        switch type {
        case .null: return "null"
        case .bool: return "true or false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean \"\($0)\"?)" } ?? ""
    }

    private static func describe(_ source: InputSource) -> String {
        switch source {
        case let .file(path): return path
        case let .flag(flag): return flag
        case .reference: return "the reference network"
        }
    }
}
