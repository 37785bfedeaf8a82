import BackpropRender
import Foundation

/// Escaping and number text shared by the writers.
enum Markup {
    /// `text` with `&`, `<`, `>` and `"` escaped, for XML and HTML text and attributes.
    static func escaped(_ text: String) -> String {
        replacing(text) { byte in
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            default: return nil
            }
        }
    }

    /// `text` with each ASCII byte that `replacement` gives a text for replaced by it; the
    /// other bytes (all of a multi-byte character's) are kept. Linear in the text's length.
    static func replacing(_ text: String, _ replacement: (UInt8) -> String?) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + text.utf8.count / 8)
        for byte in text.utf8 {
            if byte < 0x80, let replaced = replacement(byte) {
                bytes.append(contentsOf: replaced.utf8)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` inside a CDATA section (a `]]>` in it split across two sections).
    static func cdata(_ text: String) -> String {
        "<![CDATA[" + text.replacingOccurrences(of: "]]>", with: "]]]]><![CDATA[>") + "]]>"
    }

    /// A value as every platform reads it: the shortest digits that give back the same double,
    /// without an exponent (`0.000438568…`).
    static func number(_ value: Double) -> String { NumberFormat.exact(value) }
}

extension Markup {
    /// `text` as a JSON (and Python) string literal.
    static func quoted(_ text: String) -> String {
        var writer = JSONWriter(capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.text
    }
}
