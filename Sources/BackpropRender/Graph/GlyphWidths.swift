/// How wide the text of a graph's nodes is, so that each node's box holds its text: upper
/// bounds of the advance widths of the fonts the text may be set in.
struct GlyphWidths: Sendable {
    /// The width of each character at the body size, in the picture's units.
    let widths: [Character: Double]
    /// The width of a character missing from ``widths``: the widest there is.
    let other: Double
    /// How much narrower subscripts and superscripts are.
    let smallScale: Double

    /// The width of `text` at the body size, or at the subscript size when `small`.
    func width(_ text: String, small: Bool = false) -> Double {
        text.reduce(0) { $0 + (widths[$1] ?? other) } * (small ? smallScale : 1)
    }

    /// DejaVu Serif at `size` px, the widest serif font the HTML style sheet names: the larger of
    /// its upright and italic advances, in em, rounded up. Subscripts are set at 75 %.
    static func dejaVuSerif(size: Double) -> GlyphWidths {
        GlyphWidths(widths: dejaVuSerifEm.mapValues { $0 * size }, other: size, smallScale: 0.75)
    }

    private static let dejaVuSerifEm: [Character: Double] = [
        " ": 0.318, "!": 0.402, "\"": 0.46, "#": 0.838, "$": 0.637, "%": 0.951, "&": 0.891,
        "'": 0.275, "(": 0.391, ")": 0.391, "*": 0.5, "+": 0.838, ",": 0.318, "-": 0.338,
        ".": 0.318, "/": 0.337, "0": 0.637, "1": 0.637, "2": 0.637, "3": 0.637, "4": 0.637,
        "5": 0.637, "6": 0.637, "7": 0.637, "8": 0.637, "9": 0.637, ":": 0.337, ";": 0.337,
        "<": 0.838, "=": 0.838, ">": 0.838, "?": 0.537, "@": 1.0, "A": 0.723, "B": 0.735,
        "C": 0.766, "D": 0.802, "E": 0.73, "F": 0.694, "G": 0.799, "H": 0.873, "I": 0.396,
        "J": 0.401, "K": 0.748, "L": 0.665, "M": 1.024, "N": 0.875, "O": 0.82, "P": 0.673,
        "Q": 0.82, "R": 0.753, "S": 0.686, "T": 0.667, "U": 0.843, "V": 0.723, "W": 1.028,
        "X": 0.712, "Y": 0.661, "Z": 0.695, "[": 0.391, "\\": 0.337, "]": 0.391, "^": 0.838,
        "_": 0.5, "`": 0.5, "a": 0.597, "b": 0.641, "c": 0.561, "d": 0.641, "e": 0.592, "f": 0.371,
        "g": 0.641, "h": 0.645, "i": 0.32, "j": 0.311, "k": 0.606, "l": 0.32, "m": 0.949,
        "n": 0.645, "o": 0.603, "p": 0.641, "q": 0.641, "r": 0.479, "s": 0.514, "t": 0.402,
        "u": 0.645, "v": 0.565, "w": 0.856, "x": 0.564, "y": 0.565, "z": 0.527, "{": 0.637,
        "|": 0.337, "}": 0.637, "~": 0.838, "−": 0.838, "·": 0.318, "∂": 0.518, "Σ": 0.708,
        "σ": 0.683, "×": 0.838, "⁺": 0.528, "ᵀ": 0.42, "²": 0.401, "¹": 0.401, "³": 0.401,
        "⁰": 0.401, "½": 0.97, "δ": 0.603, "Δ": 0.723, "η": 0.6, "∇": 0.699, "⊙": 0.838,
        "′": 0.228, "…": 1.0,
    ]

    /// Computer Modern at 8 pt as pdflatex sets a TikZ node's text, in points: the largest of
    /// cmr8, cmmi8 and cmti8 for letters and digits (from their TFM files), rounded up;
    /// subscripts are in the 6 pt fonts, which are relatively wider.
    static let computerModern8 = GlyphWidths(widths: [
        "!": 2.37, "\"": 4.26, "#": 7.09, "$": 4.26, "%": 7.09, "&": 6.62, "'": 2.37, "(": 3.31,
        ")": 3.31, "*": 4.26, "+": 6.62, ",": 2.37, "-": 2.84, ".": 2.37, "/": 4.26, "0": 4.39,
        "1": 4.39, "2": 4.39, "3": 4.39, "4": 4.39, "5": 4.39, "6": 4.39, "7": 4.39, "8": 4.39,
        "9": 4.39, ":": 2.37, ";": 2.37, "<": 2.37, "=": 6.62, ">": 4.02, "?": 4.02, "@": 6.62,
        "A": 6.38, "B": 6.42, "C": 6.15, "D": 6.98, "E": 6.23, "F": 5.61, "G": 6.67, "H": 6.99,
        "I": 3.69, "J": 4.65, "K": 7.17, "L": 5.79, "M": 8.17, "N": 6.75, "O": 6.62, "P": 5.82,
        "Q": 6.69, "R": 6.41, "S": 5.17, "T": 6.15, "U": 6.38, "V": 6.38, "W": 8.73, "X": 7.0,
        "Y": 6.38, "Z": 5.76, "[": 2.37, "\\": 4.26, "]": 2.37, "^": 4.26, "_": 2.37, "`": 2.37,
        "a": 4.52, "b": 4.73, "c": 3.96, "d": 4.73, "e": 3.96, "f": 4.09, "g": 4.26, "h": 4.9,
        "i": 2.9, "j": 3.44, "k": 4.49, "l": 2.54, "m": 7.52, "n": 5.16, "o": 4.39, "p": 4.73,
        "q": 4.49, "r": 3.84, "s": 3.94, "t": 3.31, "u": 4.93, "v": 4.49, "w": 6.14, "x": 4.79,
        "y": 4.49, "z": 3.96, "{": 4.26, "|": 8.51, "}": 4.26, "~": 4.26, " ": 2.84, "−": 6.61,
        "·": 2.36, "×": 6.61, "σ": 5.1, "δ": 4.1, "η": 4.4, "∂": 4.6, "Σ": 6.8, "Δ": 7.09,
    ], other: 8.73, smallScale: 0.87)
}
