/// A dotted path such as `row.value`: identifiers looked up one member at a time.
struct VariablePath: Sendable, Equatable {
    /// The identifiers, outermost first; never empty.
    let segments: [String]
    /// The path as written, for error messages.
    let text: String

    /// Parses `text`; returns nil unless it is identifiers (`[A-Za-z_][A-Za-z0-9_]*`) joined
    /// by single dots.
    init?(_ text: String) {
        let segments = text.split(separator: ".", omittingEmptySubsequences: false)
        guard segments.allSatisfy(Self.isIdentifier) else { return nil }
        self.segments = segments.map(String.init)
        self.text = text
    }

    /// Whether `word` can name a variable: a letter or underscore, then letters, digits or
    /// underscores, all ASCII.
    static func isIdentifier(_ word: Substring) -> Bool {
        guard let first = word.utf8.first, isIdentifierStart(first) else { return false }
        return word.utf8.dropFirst().allSatisfy { isIdentifierStart($0) || isDigit($0) }
    }

    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
            || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    private static func isDigit(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
