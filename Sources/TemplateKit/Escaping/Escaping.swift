/// How printed `.text` values are escaped for an output format.
///
/// `.raw` values are never escaped, whatever the escaping. Each strategy replaces only the
/// characters listed on its case; every other character, including all non-ASCII text, is
/// copied unchanged.
package enum Escaping: Sendable, Equatable, CaseIterable {
    /// Plain text: nothing is replaced.
    case none
    /// Markdown (CommonMark, GitHub tables): a backslash is put before `\` `` ` `` `*` `_`
    /// `|` `<` `[` `]`, the characters that would start emphasis, code, HTML, links or end a
    /// table cell. Escapes do not work inside code spans: pass such text as `.raw`.
    case markdown
    /// HTML text and attribute values: `&` `<` `>` `"` `'` become `&amp;` `&lt;` `&gt;`
    /// `&quot;` `&#39;`.
    case html
    /// LaTeX text mode: `\` becomes `\textbackslash{}`, `^` becomes `\textasciicircum{}`,
    /// `~` becomes `\textasciitilde{}`, and `{` `}` `$` `&` `#` `_` `%` get a backslash.
    case latex

    /// Returns `text` escaped with this strategy.
    package func escape(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `text`, escaped, to `output`; copies unescaped runs in one piece.
    func append(_ text: String, to output: inout [UInt8]) {
        if self == .none {
            output.append(contentsOf: text.utf8)
            return
        }
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            append(bytes, to: &output)
        }
        if copied == nil {
            append(Array(text.utf8), to: &output)
        }
    }

    private func append<Bytes: RandomAccessCollection<UInt8>>(
        _ bytes: Bytes,
        to output: inout [UInt8]
    ) where Bytes.Index == Int {
        var runStart = bytes.startIndex
        for index in bytes.indices {
            guard let replacement = replacement(for: bytes[index]) else { continue }
            output.append(contentsOf: bytes[runStart..<index])
            replacement.withUTF8Buffer { output.append(contentsOf: $0) }
            runStart = index + 1
        }
        output.append(contentsOf: bytes[runStart..<bytes.endIndex])
    }

    // Every escaped character is ASCII, so a byte never matches inside a multi-byte character.
    private func replacement(for byte: UInt8) -> StaticString? {
        switch self {
        case .none:
            return nil
        case .markdown:
            switch byte {
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "`"): return "\\`"
            case UInt8(ascii: "*"): return "\\*"
            case UInt8(ascii: "_"): return "\\_"
            case UInt8(ascii: "|"): return "\\|"
            case UInt8(ascii: "<"): return "\\<"
            case UInt8(ascii: "["): return "\\["
            case UInt8(ascii: "]"): return "\\]"
            default: return nil
            }
        case .html:
            switch byte {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            default: return nil
            }
        case .latex:
            switch byte {
            case UInt8(ascii: "\\"): return "\\textbackslash{}"
            case UInt8(ascii: "^"): return "\\textasciicircum{}"
            case UInt8(ascii: "~"): return "\\textasciitilde{}"
            case UInt8(ascii: "{"): return "\\{"
            case UInt8(ascii: "}"): return "\\}"
            case UInt8(ascii: "$"): return "\\$"
            case UInt8(ascii: "&"): return "\\&"
            case UInt8(ascii: "#"): return "\\#"
            case UInt8(ascii: "_"): return "\\_"
            case UInt8(ascii: "%"): return "\\%"
            default: return nil
            }
        }
    }
}
