/// Byte-level whitespace tests for the lexer and the standalone-line rule (ASCII only).
enum Whitespace {
    /// Space or tab: whitespace that does not end a line.
    static func isInline(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
    }

    /// Space, tab, carriage return or line feed.
    static func isAny(_ byte: UInt8) -> Bool {
        isInline(byte) || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// `range` of `bytes` without leading and trailing whitespace.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isAny(bytes[lower]) { lower += 1 }
        while upper > lower, isAny(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    /// The text of `range` of `bytes`, trimmed of whitespace.
    static func trimmedString(_ range: Range<Int>, in bytes: [UInt8]) -> String {
        String(decoding: bytes[trimmed(range, in: bytes)], as: UTF8.self)
    }
}
