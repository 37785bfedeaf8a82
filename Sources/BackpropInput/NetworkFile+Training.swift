import BackpropCore
import BackpropSupport

/// The `"training"` object of a network file (``TrainingRecord``), written and read.
extension NetworkFile {
    /// `{"updateBiases": true, "batchSize": 4, "reduction": "mean", "optimizer": {"name":
    /// "adam", "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-08}, "weightDecay": 0}`, the parts
    /// the record gives, on one line.
    static func encode(_ record: TrainingRecord) -> String {
        var parts: [String] = []
        if let updateBiases = record.updateBiases { parts.append("\"updateBiases\": \(updateBiases)") }
        if let batchSize = record.batchSize { parts.append("\"batchSize\": \(batchSize)") }
        if let reduction = record.reduction { parts.append("\"reduction\": \"\(reduction.rawValue)\"") }
        if let optimizer = record.optimizer { parts.append("\"optimizer\": " + encode(optimizer)) }
        if let weightDecay = record.weightDecay { parts.append("\"weightDecay\": " + JSONNumber.text(weightDecay)) }
        return "{" + parts.joined(separator: ", ") + "}"
    }

    private static func encode(_ optimizer: Optimizer) -> String {
        let settings = optimizer.settings.map { ", \"\($0.key)\": " + JSONNumber.text($0.value) }
        return "{\"name\": \"\(optimizer.name)\"" + settings.joined() + "}"
    }
}

extension FieldReader {
    /// The fields of a `"training"` object.
    static let trainingFields = ["updateBiases", "batchSize", "reduction", "optimizer", "weightDecay"]

    func training(_ value: JSONValue) throws(NetworkInputError) -> TrainingRecord {
        var record = TrainingRecord()
        for (key, member) in try members(value, "training") {
            let field = "training." + key
            switch key {
            case "updateBiases":
                guard case let .bool(flag) = member.kind else {
                    throw failure(field, member, .expectedBoolean(found: member.type))
                }
                record.updateBiases = flag
            case "batchSize":
                let size = try number(member, field)
                guard size == size.rounded(), size >= 1, size <= Double(NetworkSpec.maximumExampleCount) else {
                    throw failure(field, member, .outOfRange(size, allowed: .batchSize))
                }
                record.batchSize = Int(size)
            case "reduction":
                let name = try string(member, field)
                guard let reduction = Reduction(rawValue: name) else {
                    throw failure(field, member, .unknownReduction(name))
                }
                record.reduction = reduction
            case "optimizer":
                record.optimizer = try optimizer(member)
            case "weightDecay":
                let decay = try number(member, field)
                guard decay >= 0, decay <= TrainingOptions.maximumWeightDecay else {
                    throw failure(field, member, .outOfRange(decay, allowed: .weightDecay))
                }
                record.weightDecay = decay
            default:
                throw failure(field, member, .unknownField(suggestion: Suggestion.closest(to: key, among: Self.trainingFields)))
            }
        }
        return record
    }

    /// `{"name": "momentum", "momentum": 0.9}`: the name, then the settings its optimizer
    /// takes, each defaulting to PyTorch's.
    private func optimizer(_ value: JSONValue) throws(NetworkInputError) -> Optimizer {
        let members = try members(value, "training.optimizer")
        guard let nameValue = members.first(where: { $0.key == "name" })?.value else {
            throw failure("training.optimizer", value, .missingOptimizerName)
        }
        let name = try string(nameValue, "training.optimizer.name")
        let settings: [String]
        switch name {
        case "sgd": settings = []
        case "momentum", "nesterov": settings = ["momentum"]
        case "rmsprop": settings = ["alpha", "epsilon"]
        case "adam": settings = ["beta1", "beta2", "epsilon"]
        default:
            throw failure(
                "training.optimizer.name", nameValue,
                .unknownOptimizer(name, suggestion: Suggestion.closest(to: name, among: TrainingRecord.optimizerNames))
            )
        }
        var values: [String: Double] = [:]
        for (key, member) in members where key != "name" {
            let field = "training.optimizer." + key
            guard settings.contains(key) else {
                throw failure(field, member, .unknownField(suggestion: Suggestion.closest(to: key, among: settings)))
            }
            let number = try number(member, field)
            let fits = key == "epsilon" ? number > 0 && number <= 1 : number >= 0 && number < 1
            guard fits else {
                throw failure(field, member, .outOfRange(number, allowed: key == "epsilon" ? .positiveUpToOne : .fraction))
            }
            values[key] = number
        }
        let epsilon = values["epsilon"] ?? Optimizer.defaultEpsilon
        switch name {
        case "momentum": return .momentum(values["momentum"] ?? Optimizer.defaultMomentum)
        case "nesterov": return .nesterov(values["momentum"] ?? Optimizer.defaultMomentum)
        case "rmsprop": return .rmsprop(alpha: values["alpha"] ?? Optimizer.defaultAlpha, epsilon: epsilon)
        case "adam":
            return .adam(
                beta1: values["beta1"] ?? Optimizer.defaultBeta1, beta2: values["beta2"] ?? Optimizer.defaultBeta2,
                epsilon: epsilon
            )
        default: return .sgd
        }
    }

    private func members(_ value: JSONValue, _ field: String) throws(NetworkInputError) -> [(key: String, value: JSONValue)] {
        guard case let .object(members) = value.kind else {
            throw failure(field, value, .expectedObject(found: value.type))
        }
        return members
    }

    private func string(_ value: JSONValue, _ field: String) throws(NetworkInputError) -> String {
        guard case let .string(text) = value.kind else {
            throw failure(field, value, .expectedString(found: value.type))
        }
        return text
    }
}
