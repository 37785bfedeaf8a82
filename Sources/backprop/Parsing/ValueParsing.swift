import BackpropCore
import BackpropInput
import BackpropSupport

/// Turns option values into typed values, or an error that quotes the value.
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

    static func numbers(_ list: ListArgument) throws(ListValueError) -> [Double] {
        try items(of: list.groups(grouped: false)[0], in: list, expected: "a number") { Double($0) }
    }

    static func integers(_ list: ListArgument) throws(ListValueError) -> [Int] {
        try items(of: list.groups(grouped: false)[0], in: list, expected: "a whole number") { Int($0) }
    }

    /// `0.05,0.1` (one example) or `3,1;-1,4` (several, split by `;`).
    static func examples(_ list: ListArgument) throws(ListValueError) -> [[Double]] {
        var examples: [[Double]] = []
        for group in list.groups(grouped: true) {
            examples.append(try items(of: group, in: list, expected: "a number") { Double($0) })
        }
        return examples
    }

    /// `2;0`: one class number (from 0) per example, split by `;` (or `,`).
    static func labels(_ list: ListArgument) throws(ListValueError) -> [Int] {
        var labels: [Int] = []
        for group in list.groups(grouped: true) {
            labels += try items(of: group, in: list, expected: "a class number (0, 1, …)") { text in
                Int(text).flatMap { $0 >= 0 ? $0 : nil }
            }
        }
        return labels
    }

    /// `0.35,0.6` (one shared bias per layer), `0.1,0.2;0.3,0.4` (per neuron, layers split by
    /// `;`), or `none`.
    static func biases(_ list: ListArgument) throws(ListValueError) -> BiasValues {
        if list.text.trimmingSpaces.lowercased() == "none" { return .none }
        let groups = list.groups(grouped: true)
        guard groups.count > 1 else {
            return .shared(try items(of: groups[0], in: list, expected: "a number") { Double($0) })
        }
        var layers: [[Double]] = []
        for group in groups {
            layers.append(try items(of: group, in: list, expected: "a number") { Double($0) })
        }
        return .perNeuron(layers)
    }

    private static func items<Value>(
        of group: ListArgument.Group, in list: ListArgument, expected: String,
        _ parse: (String) -> Value?
    ) throws(ListValueError) -> [Value] {
        var values: [Value] = []
        for (index, item) in group.items.enumerated() {
            guard let value = parse(item.text.trimmingSpaces) else {
                throw ListValueError(
                    option: list.option, file: list.file, group: group.text, index: index + 1,
                    item: item.text, line: item.line, expected: expected
                )
            }
            values.append(value)
        }
        if values.isEmpty, list.file != nil {
            throw ListValueError(
                option: list.option, file: list.file, group: group.text, index: 0,
                item: "", line: nil, expected: expected
            )
        }
        return values
    }

    /// The choice `text` names; else an error listing the choices, with a hint from
    /// ``CommonGuesses`` (`offersPDF`: the command has `--pdf`, the answer to `--format pdf`).
    static func choice<Choice: RawRepresentable & CaseIterable>(
        _ text: String, option: String, as type: Choice.Type, offersPDF: Bool = false
    ) throws(UsageError) -> Choice where Choice.RawValue == String {
        if let choice = Choice(rawValue: text) { return choice }
        let names = Choice.allCases.map(\.rawValue)
        let hint = CommonGuesses.value(text, option: option, choices: names, offersPDF: offersPDF)
            .map { " (\($0))" } ?? ""
        throw UsageError("\(option): '\(text)' is not one of \(names.joined(separator: ", "))\(hint)")
    }
}
