/// Plain ASCII for `--ascii`: the Unicode a walkthrough prints, spelled out.
///
/// Mathematics already comes out of ``LinearMathWriter/ascii`` in ASCII; this folds what is
/// left (the templates' own text, the arrows of the tables): `−` → `-`, `½` → `1/2`, `²` → `^2`,
/// `∂` → `d`, `δ` → `delta`, `→` → `->`, `…` → `...`. Any other non-ASCII character, say from
/// a user's template, becomes `?`, so that the result is ASCII whatever went in.
enum ASCIIText {
    private static let spelled: [Character: String] = [
        "−": "-", "–": "-", "—": "--", "·": "*", "×": "x", "½": "1/2", "²": "^2", "⁺": "+",
        "∂": "d", "Σ": "sum", "δ": "delta", "η": "eta", "→": "->", "…": "...", "≈": "~",
        "│": "|", "▼": "v", "‘": "'", "’": "'", "“": "\"", "”": "\"",
    ]

    /// `text` with every non-ASCII character spelled out in ASCII, except the no-break spaces
    /// that keep formulas together until ``TextLayout/wrap(_:width:)`` turns them into spaces.
    static func fold(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
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
}
