import BackpropCore
import BackpropInput
import BackpropSupport

/// Turns option values into typed values, or a usage error that quotes the value.
enum ValueParsing {
    static func integer(
        _ text: String, option: String, range: ClosedRange<Int>
    ) throws(UsageError) -> Int {
        guard let value = Int(text.trimmingSpaces) else {
            throw UsageError("\(option): '\(text)' is not a whole number")
        }
        guard range.contains(value) else {
            throw UsageError("\(option): \(value) is out of range (\(range.lowerBound) to \(range.upperBound))")
        }
        return value
    }

    static func number(_ text: String, option: String) throws(UsageError) -> Double {
        guard let value = Double(text.trimmingSpaces) else {
            throw UsageError("\(option): '\(text)' is not a number")
        }
        return value
    }

    static func numbers(_ text: String, option: String) throws(UsageError) -> [Double] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        var values: [Double] = []
        for (index, item) in items.enumerated() {
            guard let value = Double(String(item).trimmingSpaces) else {
                throw UsageError("\(option): item \(index + 1) of '\(text)' is not a number: '\(item)'")
            }
            values.append(value)
        }
        return values
    }

    static func integers(_ text: String, option: String) throws(UsageError) -> [Int] {
        let items = text.split(separator: ",", omittingEmptySubsequences: false)
        var values: [Int] = []
        for (index, item) in items.enumerated() {
            guard let value = Int(String(item).trimmingSpaces) else {
                throw UsageError("\(option): item \(index + 1) of '\(text)' is not a whole number: '\(item)'")
            }
            values.append(value)
        }
        return values
    }

    /// `0.35,0.6` (one shared bias per layer) or `0.1,0.2;0.3,0.4` (per neuron, layers split by `;`).
    static func biases(_ text: String, option: String) throws(UsageError) -> BiasValues {
        guard text.contains(";") else { return .shared(try numbers(text, option: option)) }
        var layers: [[Double]] = []
        for layer in text.split(separator: ";", omittingEmptySubsequences: false) {
            layers.append(try numbers(String(layer), option: option))
        }
        return .perNeuron(layers)
    }

    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String, option: String, as type: Choice.Type
    ) throws(UsageError) -> Choice where Choice.RawValue == String {
        if let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        throw UsageError("\(option): '\(text)' is not one of \(names.joined(separator: ", "))")
    }
}
