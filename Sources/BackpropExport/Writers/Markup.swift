import BackpropRender
import Foundation

/// Escaping and number text shared by the writers.
enum Markup {
    /// `text` with `&`, `<`, `>` and `"` escaped, for XML and HTML text and attributes.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
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
