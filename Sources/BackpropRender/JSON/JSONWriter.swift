import BackpropSupport

import BackpropCore

/// Builds JSON text by appending to one string: no intermediate objects, linear in output size.
package struct JSONWriter {
    package private(set) var text = ""

    package init(capacity: Int) { text.reserveCapacity(capacity) }

    package mutating func raw(_ fragment: String) { text += fragment }

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
