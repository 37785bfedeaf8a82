/// Plain ASCII for `--ascii`: the Unicode a walkthrough prints, spelled out.
///
/// Mathematics already comes out of ``LinearMathWriter/ascii`` in ASCII; this folds what is
/// left (the templates' own text, the arrows of the tables): `−` → `-`, `½` → `1/2`, `²` → `^2`,
/// `∂` → `d`, `δ` → `delta`, `m̂` → `mhat`, `→` → `->`, `…` → `...`. Any other non-ASCII character, say from
/// a user's template, becomes `?`, so that the result is ASCII whatever went in.
enum ASCIIText {
    private static let spelled: [Character: String] = [
        "−": "-", "–": "-", "—": "--", "·": "*", "×": "x", "½": "1/2", "²": "^2", "⁺": "+",
        "∂": "d", "Σ": "sum", "δ": "delta", "η": "eta", "→": "->", "…": "...", "≈": "~",
        "│": "|", "▼": "v", "‘": "'", "’": "'", "“": "\"", "”": "\"",
        "μ": "mu", "β": "beta", "ε": "epsilon", "α": "alpha", "λ": "lambda", "√": "sqrt ", "ᵗ": "^t", "₁": "1", "₂": "2",
        "m\u{0302}": "mhat", "v\u{0302}": "vhat",
        "σ": "sigma",
    ]

    /// `text` with every non-ASCII character spelled out in ASCII, except the no-break spaces
    /// that keep formulas together until ``TextLayout/wrap(_:width:)`` turns them into spaces.
    static func fold(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return fold(text[...])
    }

    static func fold(_ text: Substring) -> String {
        var folded = ""
        folded.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isASCII || character == TextLayout.noBreakSpace {
                folded.append(character)
            } else {
                folded += spelled[character] ?? "?"
            }
        }
        return folded
    }

    /// The same, made on a document that arrives in pieces: the last character of each piece is
    /// held back until the next, since what follows may still belong to it (a combining accent).
    struct Stream {
        private var pending: [UInt8] = []

        /// Takes the next piece (whole UTF-8 characters); returns what is final.
        mutating func take(_ chunk: [UInt8]) -> [UInt8] {
            pending.append(contentsOf: chunk)
            if pending.allSatisfy({ $0 < 0x80 }), pending.count > 1 {
                // ASCII only: every byte but the last is a character of its own (\r\n stays ASCII).
                let ready = Array(pending[..<(pending.count - 1)])
                pending.removeFirst(pending.count - 1)
                return ready
            }
            let text = String(decoding: pending, as: UTF8.self)
            guard let last = text.indices.last else { return [] }
            let ready = Array(fold(text[..<last]).utf8)
            pending = Array(text[last...].utf8)
            return ready
        }

        /// Returns the character held back: the document has ended.
        mutating func end() -> [UInt8] {
            defer { pending = [] }
            return Array(fold(String(decoding: pending, as: UTF8.self)[...]).utf8)
        }
    }
}
