import Foundation

/// Network files for `--network`: the reference network and small valid ones, mutated, with
/// wrong types, strange numbers, deep nesting, odd Unicode.
enum NetworkFileCases {
    static let reference = """
        {
          "layers": [2, 2, 2],
          "inputs": [0.05, 0.1],
          "targets": [0.01, 0.99],
          "weights": [0.15, 0.2, 0.25, 0.3, 0.4, 0.45, 0.5, 0.55],
          "biases": [0.35, 0.6],
          "learningRate": 0.5,
          "activation": "logistic"
        }
        """

    /// A small valid network, with every field given.
    static func valid(using random: inout SeededRandom) -> String {
        let layers = (0..<Int.random(in: 2...4, using: &random)).map { _ in Int.random(in: 1...4, using: &random) }
        let weightCount = zip(layers, layers.dropFirst()).map { $0 * $1 }.reduce(0, +)
        func numbers(_ count: Int, _ range: ClosedRange<Double>) -> String {
            (0..<count).map { _ in String(Double.random(in: range, using: &random)) }.joined(separator: ", ")
        }
        let activation = random.pick(["logistic", "tanh", "relu", "linear"])
        return """
            {"layers": [\(layers.map(String.init).joined(separator: ", "))],
             "inputs": [\(numbers(layers[0], 0...1))],
             "targets": [\(numbers(layers[layers.count - 1], 0...1))],
             "weights": [\(numbers(weightCount, -1...1))],
             "biases": [\(numbers(layers.count - 1, -1...1))],
             "learningRate": 0.5, "activation": "\(activation)"}
            """
    }

    static func make(using random: inout SeededRandom) -> FuzzCase {
        let command = random.pick([["explain"], ["explain", "--format", "json"], ["explain", "--format", "list"], ["worksheet"], ["init"]])
        let base = random.chance(0.5) ? reference : valid(using: &random)
        var file: [UInt8]
        var statuses: Set<Int32> = [0, 65]
        switch Int.random(in: 0..<8, using: &random) {
        case 0:
            file = Array(base.utf8)
            statuses = [0]
        case 1: // a value of the wrong type or a strange number in a field
            let field = random.pick(["layers", "inputs", "targets", "weights", "biases", "learningRate", "activation", "steps", "hiddenUses"])
            let value = random.pick(Mutations.strangeNumbers + ["null", "true", "\"x\"", "{}", "[]", "[[1]]", "[\"1\"]", "[1e309]", "[-1, -2]", "[0]", "[100000, 100000]"])
            file = Array("{\"\(field)\": \(value)}".utf8)
        case 2: // deep nesting
            let depth = random.pick([100, 1_000, 10_000, 100_000])
            let open = random.chance(0.5) ? "[" : "{\"a\":"
            let close = open == "[" ? "]" : "}"
            file = Array(("{\"weights\": " + String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth) + "}").utf8)
        case 3: // odd keys and strings
            let text = random.pick(Mutations.strangeTexts)
            let escaped = text.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
            file = Array((random.chance(0.5) ? "{\"\(escaped)\": 1}" : "{\"activation\": \"\(escaped)\"}").utf8)
        case 4: // raw control characters and a byte-order mark
            file = [0xEF, 0xBB, 0xBF] + Array(base.utf8)
            if random.chance(0.5) { file.insert(random.pick([0x00, 0x01, 0x1B, 0x7F]), at: Int.random(in: 0..<file.count, using: &random)) }
        case 5: // huge arrays
            let count = random.pick([1_000, 100_000])
            file = Array("{\"layers\": [2, 2, 2], \"weights\": [\(Array(repeating: "0.1", count: count).joined(separator: ","))]}".utf8)
        default:
            file = Mutations.mutate(Array(base.utf8), using: &random)
        }
        return FuzzCase(kind: "network-file", arguments: command + ["--network", "net.json"],
                        files: ["net.json": file], allowedStatuses: statuses)
    }
}
