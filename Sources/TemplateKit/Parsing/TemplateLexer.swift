/// Splits template source into text and tags, tracking line and column.
///
/// Tags are `{{ … }}`, `{% … %}` and `{# … #}`; the first matching closer ends a tag, and
/// tags may span lines. After `{% raw %}` everything up to `{% endraw %}` is text.
struct TemplateLexer {
    private let bytes: [UInt8]
    private let file: String
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    /// The tokens of the whole source, in order; adjacent text is one token.
    mutating func tokenize() throws(TemplateError) -> [Token] {
        var tokens: [Token] = []
        var textStart = 0
        var textLocation = location
        while offset < bytes.count {
            guard let closer = tagCloser(at: offset) else {
                advance()
                continue
            }
            appendText(from: textStart, at: textLocation, to: &tokens)
            let tag = try scanTag(closer: closer)
            if tag.kind == .block, Whitespace.trimmedString(tag.content, in: bytes) == "raw" {
                tokens.append(Token(
                    kind: .rawDelimiter, range: tag.range, content: tag.content,
                    location: tag.location
                ))
                try scanRawBody(openedAt: tag.location, into: &tokens)
            } else {
                tokens.append(tag)
            }
            textStart = offset
            textLocation = location
        }
        appendText(from: textStart, at: textLocation, to: &tokens)
        return tokens
    }

    private var location: SourceLocation {
        SourceLocation(line: line, column: column)
    }

    private mutating func advance(by count: Int = 1) {
        for _ in 0..<count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                column += 1
            }
            offset += 1
        }
    }

    /// The first byte of the closer if a tag opens at `index` (`}`, `%` or `#`).
    private func tagCloser(at index: Int) -> UInt8? {
        guard bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count else { return nil }
        switch bytes[index + 1] {
        case UInt8(ascii: "{"): return UInt8(ascii: "}")
        case UInt8(ascii: "%"): return UInt8(ascii: "%")
        case UInt8(ascii: "#"): return UInt8(ascii: "#")
        default: return nil
        }
    }

    private func appendText(
        from start: Int,
        at location: SourceLocation,
        to tokens: inout [Token]
    ) {
        guard start < offset else { return }
        tokens.append(Token(kind: .text, range: start..<offset, content: start..<offset,
                            location: location))
    }

    private mutating func scanTag(closer: UInt8) throws(TemplateError) -> Token {
        let start = offset
        let tagLocation = location
        let opener = String(decoding: bytes[offset..<offset + 2], as: UTF8.self)
        advance(by: 2)
        let contentStart = offset
        while offset + 1 < bytes.count {
            if bytes[offset] == closer, bytes[offset + 1] == UInt8(ascii: "}") {
                let contentEnd = offset
                advance(by: 2)
                let kind: Token.Kind = switch closer {
                case UInt8(ascii: "}"): .variable
                case UInt8(ascii: "#"): .comment
                default: .block
                }
                return Token(kind: kind, range: start..<offset, content: contentStart..<contentEnd,
                             location: tagLocation)
            }
            advance()
        }
        throw TemplateError(file: file, location: tagLocation,
                            kind: .unterminatedTag(opener: opener))
    }

    private mutating func scanRawBody(
        openedAt rawLocation: SourceLocation,
        into tokens: inout [Token]
    ) throws(TemplateError) {
        let bodyStart = offset
        let bodyLocation = location
        while offset < bytes.count {
            if let end = endRawTagEnd(at: offset) {
                appendText(from: bodyStart, at: bodyLocation, to: &tokens)
                let tagStart = offset
                let tagLocation = location
                advance(by: end - offset)
                tokens.append(Token(kind: .rawDelimiter, range: tagStart..<offset,
                                    content: tagStart + 2..<offset - 2, location: tagLocation))
                return
            }
            advance()
        }
        throw TemplateError(file: file, location: rawLocation, kind: .unterminatedRaw)
    }

    /// The end offset of `{% endraw %}` (any inner spacing) if it starts at `index`.
    private func endRawTagEnd(at index: Int) -> Int? {
        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "{"),
              bytes[index + 1] == UInt8(ascii: "%") else { return nil }
        var cursor = index + 2
        while cursor < bytes.count, Whitespace.isAny(bytes[cursor]) { cursor += 1 }
        for expected in "endraw".utf8 {
            guard cursor < bytes.count, bytes[cursor] == expected else { return nil }
            cursor += 1
        }
        while cursor < bytes.count, Whitespace.isAny(bytes[cursor]) { cursor += 1 }
        guard cursor + 1 < bytes.count, bytes[cursor] == UInt8(ascii: "%"),
              bytes[cursor + 1] == UInt8(ascii: "}") else { return nil }
        return cursor + 2
    }
}
