/// Splits an expression program into tokens, one at a time: numbers as Python writes them
/// (`2`, `-4.0` is a minus and `4.0`, `1e-3`, `.5`), names, operators, and statement ends
/// (`;`, or a line break outside parentheses). `#` starts a comment to the end of the line.
struct ExpressionLexer {
    private let bytes: [UInt8]
    private var position = 0
    private var parenthesisDepth = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// The next token.
    ///
    /// - Throws: `.unexpectedCharacter` at a character no token starts with.
    mutating func next() throws(ExpressionInputError) -> ExpressionToken {
        skipBlanks()
        guard position < bytes.count else { return ExpressionToken(kind: .end, offset: position) }
        let start = position
        let byte = bytes[position]
        if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: ";") {
            position += 1
            return ExpressionToken(kind: .separator, offset: start)
        }
        if Self.isDigit(byte) || (byte == UInt8(ascii: ".") && position + 1 < bytes.count && Self.isDigit(bytes[position + 1])) {
            return try number(from: start)
        }
        if Self.isNameStart(byte) {
            while position < bytes.count, Self.isNameStart(bytes[position]) || Self.isDigit(bytes[position]) { position += 1 }
            return ExpressionToken(kind: .name(String(decoding: bytes[start..<position], as: UTF8.self)), offset: start)
        }
        position += 1
        let following = position < bytes.count ? bytes[position] : 0
        switch byte {
        case UInt8(ascii: "*") where following == UInt8(ascii: "*"):
            position += 1
            return ExpressionToken(kind: .symbol("**"), offset: start)
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"):
            if following == UInt8(ascii: "=") {
                position += 1
                return ExpressionToken(kind: .symbol(String(UnicodeScalar(byte)) + "="), offset: start)
            }
            return ExpressionToken(kind: .symbol(String(UnicodeScalar(byte))), offset: start)
        case UInt8(ascii: "("):
            parenthesisDepth += 1
            return ExpressionToken(kind: .symbol("("), offset: start)
        case UInt8(ascii: ")"):
            parenthesisDepth = max(0, parenthesisDepth - 1)
            return ExpressionToken(kind: .symbol(")"), offset: start)
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "="):
            return ExpressionToken(kind: .symbol(String(UnicodeScalar(byte))), offset: start)
        default:
            throw ExpressionInputError(.unexpectedCharacter, at: start)
        }
    }

    /// Spaces, tabs, carriage returns, comments, and line breaks inside parentheses.
    private mutating func skipBlanks() {
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                position += 1
            case UInt8(ascii: "\n") where parenthesisDepth > 0:
                position += 1
            case UInt8(ascii: "#"):
                while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
            default:
                return
            }
        }
    }

    private mutating func number(from start: Int) throws(ExpressionInputError) -> ExpressionToken {
        while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            var end = position + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            if end < bytes.count, Self.isDigit(bytes[end]) {
                position = end
                while position < bytes.count, Self.isDigit(bytes[position]) { position += 1 }
            }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        guard let value = Double(text), value.isFinite else { throw ExpressionInputError(.badNumber(text), at: start) }
        return ExpressionToken(kind: .number(value), offset: start)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private static func isNameStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_")
    }
}
