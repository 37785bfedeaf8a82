import BackpropCore
import BackpropSupport
import TemplateKit

/// Builds JSON text by appending to one string: no intermediate objects, linear in output size.
package struct JSONWriter {
    package private(set) var text = ""

    package init(capacity: Int) { text.reserveCapacity(capacity) }

    package mutating func raw(_ fragment: String) { text += fragment }

    /// Hands the text written so far to `sink` and starts afresh, once there are at least
    /// `threshold` bytes of it (all of it with 0): a long document is written as it is made.
    package mutating func flush<Sink: TemplateSink>(into sink: inout Sink, atLeast threshold: Int = 1 << 16) throws {
        guard !text.isEmpty, text.utf8.count >= threshold else { return }
        try sink.write(Array(text.utf8))
        text.removeAll(keepingCapacity: true)
    }

    package mutating func string(_ value: String) {
        text += "\""
        defer { text += "\"" }
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            text += value
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": text += "\\\""
            case "\\": text += "\\\\"
            case "\n": text += "\\n"
            case "\t": text += "\\t"
            case "\r": text += "\\r"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                text += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: text.unicodeScalars.append(scalar)
            }
        }
    }

    /// `{"name": "adam", "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-08}`.
    package mutating func optimizer(_ optimizer: Optimizer) {
        text += "{\"name\": "
        string(optimizer.name)
        for (key, value) in optimizer.settings {
            text += ", \"\(key)\": "
            number(value)
        }
        text += "}"
    }

    package mutating func number(_ value: Double) {
        text += value.isFinite ? JSONNumber.text(value) : "null"
    }

    package mutating func numbers(_ values: [Double]) {
        text += "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += ", " }
            number(value)
        }
        text += "]"
    }

    package mutating func strings(_ values: [String]) {
        text += "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += ", " }
            string(value)
        }
        text += "]"
    }
}
