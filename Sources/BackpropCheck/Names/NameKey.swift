/// The form of a term name that the ways people write it have in common.
///
/// Two names with the same key are the same name: case is ignored; `∂` is `d`, `δ` is `delta`,
/// `η` is `eta`, `⁺` is `+` and `′` is `'`; spaces and underscores are dropped except between two
/// digits (so `h1_12` and `h11_2` stay apart); subscript digits are digits. Which informal names
/// a term has (`E` for `E_total`, `w5'` for `w5+`) is the naming's business
/// (``BackpropCore/TermNaming/spellings(_:)``); the key only makes characters comparable.
struct NameKey: Hashable, Sendable {
    let text: String

    init(_ name: String) {
        var scalars: [Unicode.Scalar] = []
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2202}", "\u{1D715}", "\u{1D6DB}": scalars.append("d")
            case "\u{03B4}": scalars += "delta".unicodeScalars
            case "\u{03B7}": scalars += "eta".unicodeScalars
            case "\u{207A}": scalars.append("+")
            case "\u{2080}"..."\u{2089}":
                scalars.append(Unicode.Scalar(scalar.value - 0x2080 + 0x30) ?? "0")
            case "\u{2032}": scalars.append("'")
            case "`", "^": continue
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
}
