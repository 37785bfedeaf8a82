import Foundation

/// The form of a term name that the ways people write it have in common.
///
/// Two names with the same key are the same name: case is ignored; `∂` (and LaTeX's `\partial`)
/// is `d`, `δ` is `delta`, `η` is `eta`, `⁺` is `+`, `′` is `'` and the minus sign `−` is `-`; LaTeX's braces, backslashes
/// and dollars are dropped (`\delta_{o1}` is `delta_o1`); spaces and underscores are dropped
/// except between two digits (so `h1_12` and `h11_2` stay apart); subscript and superscript
/// digits and parentheses are digits and parentheses (`out_o1⁽²⁾` is `out_o1^(2)`).
/// Which informal names
/// a term has (`E` for `E_total`, `w5'` for `w5+`) is the naming's business
/// (``BackpropCore/TermNaming/spellings(_:)``); the key only makes characters comparable.
struct NameKey: Hashable, Sendable {
    let text: String

    init(_ name: String) {
        if let ascii = Self.asciiKey(name) {
            text = ascii
            return
        }
        var scalars: [Unicode.Scalar] = []
        let lowered = name.lowercased()
        let latex = lowered.contains("\\partial")
            ? lowered.replacingOccurrences(of: "\\partial", with: "d") : lowered
        for scalar in latex.unicodeScalars {
            switch scalar {
            case "\u{2202}", "\u{1D715}", "\u{1D6DB}": scalars.append("d")
            case "\u{03B4}": scalars += "delta".unicodeScalars
            case "\u{03B7}": scalars += "eta".unicodeScalars
            case "\u{03BC}": scalars += "mu".unicodeScalars
            case "\u{03B2}": scalars += "beta".unicodeScalars
            case "\u{03B1}": scalars += "alpha".unicodeScalars
            case "\u{03BB}": scalars += "lambda".unicodeScalars
            case "\u{03B5}", "\u{03F5}": scalars += "epsilon".unicodeScalars
            // m̂: the combining circumflex after the letter.
            case "\u{0302}": scalars += "hat".unicodeScalars
            case "\u{207A}": scalars.append("+")
            // An example's superscript as the text walkthrough writes it: out_o1⁽²⁾.
            case "\u{207D}": scalars.append("(")
            case "\u{207E}": scalars.append(")")
            case "\u{2070}", "\u{2074}"..."\u{2079}":
                scalars.append(Unicode.Scalar(scalar.value - 0x2070 + 0x30) ?? "0")
            case "\u{00B9}": scalars.append("1")
            case "\u{00B2}": scalars.append("2")
            case "\u{00B3}": scalars.append("3")
            case "\u{2080}"..."\u{2089}":
                scalars.append(Unicode.Scalar(scalar.value - 0x2080 + 0x30) ?? "0")
            case "\u{2032}": scalars.append("'")
            case "\u{2212}": scalars.append("-")
            case "`", "^", "{", "}", "\\", "$": continue
            default: scalars.append(scalar)
            }
        }
        var kept: [Unicode.Scalar] = []
        for (index, scalar) in scalars.enumerated() {
            let isSeparator = scalar == "_" || scalar == " " || scalar == "\t"
            if isSeparator {
                let before = index > 0 ? scalars[index - 1] : " "
                let after = index + 1 < scalars.count ? scalars[index + 1] : " "
                guard Self.isDigit(before), Self.isDigit(after) else { continue }
                kept.append("_")
            } else {
                kept.append(scalar)
            }
        }
        text = String(String.UnicodeScalarView(kept))
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }

    /// The same key for a name of ASCII characters only, byte by byte: the names a network
    /// generates are all such, and a large network has hundreds of thousands of them.
    private static func asciiKey(_ name: String) -> String? {
        let utf8 = Array(name.utf8)
        guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let partial = Array("partial".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        var index = 0
        while index < utf8.count {
            var byte = utf8[index]
            index += 1
            if byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") { byte += 32 }
            switch byte {
            case UInt8(ascii: "\\"):
                let rest = utf8[index...].prefix(partial.count).map { $0 | 0x20 }
                if rest.elementsEqual(partial) {
                    bytes.append(UInt8(ascii: "d"))
                    index += partial.count
                }
            case UInt8(ascii: "`"), UInt8(ascii: "^"), UInt8(ascii: "{"), UInt8(ascii: "}"),
                 UInt8(ascii: "$"):
                continue
            default:
                bytes.append(byte)
            }
        }
        func isDigit(_ position: Int) -> Bool {
            position >= 0 && position < bytes.count
                && bytes[position] >= UInt8(ascii: "0") && bytes[position] <= UInt8(ascii: "9")
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        for (position, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "_") || byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") {
                if isDigit(position - 1), isDigit(position + 1) { kept.append(UInt8(ascii: "_")) }
            } else {
                kept.append(byte)
            }
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
