/// The standalone-line rule: a line holding only block tags and comments (and spaces or tabs)
/// produces no output at all, not even its line break.
///
/// The rule is decided on the original source, so two standalone lines in a row are both
/// removed, and only then applied to the text around the tags.
enum StandaloneLines {
    /// `tokens` with the indentation before and the line break after every standalone run of
    /// tags removed from the neighbouring text; text left empty is dropped.
    static func apply(to tokens: [Token], in bytes: [UInt8]) -> [Token] {
        var lowerBounds = tokens.map(\.range.lowerBound)
        var upperBounds = tokens.map(\.range.upperBound)
        var index = 0
        while index < tokens.count {
            guard tokens[index].isStandaloneCandidate else {
                index += 1
                continue
            }
            let first = index
            var last = index
            var next = index + 1
            while next < tokens.count {
                if tokens[next].isStandaloneCandidate {
                    last = next
                    next += 1
                } else if next + 1 < tokens.count, tokens[next + 1].isStandaloneCandidate,
                          isInlineWhitespace(tokens[next].range, in: bytes) {
                    next += 1
                } else {
                    break
                }
            }
            if let indentStart = lineStartBefore(first, tokens: tokens, bytes: bytes),
               let lineEnd = lineEndAfter(last, tokens: tokens, bytes: bytes) {
                if first > 0 { upperBounds[first - 1] = indentStart }
                if last + 1 < tokens.count { lowerBounds[last + 1] = lineEnd }
                for between in first...last where tokens[between].kind == .text {
                    upperBounds[between] = lowerBounds[between]
                }
            }
            index = last + 1
        }
        return tokens.indices.compactMap { index in
            let token = tokens[index]
            guard token.kind == .text else { return token }
            let range = lowerBounds[index]..<max(lowerBounds[index], upperBounds[index])
            guard !range.isEmpty else { return nil }
            return Token(kind: .text, range: range, content: range, location: token.location)
        }
    }

    private static func isInlineWhitespace(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        bytes[range].allSatisfy(Whitespace.isInline)
    }

    /// Where the indentation before tag `first` starts, if only spaces or tabs separate the tag
    /// from the start of its line; nil if anything else does.
    private static func lineStartBefore(_ first: Int, tokens: [Token], bytes: [UInt8]) -> Int? {
        guard first > 0 else { return 0 }
        let text = tokens[first - 1]
        guard text.kind == .text else { return nil }
        var cursor = text.range.upperBound
        while cursor > text.range.lowerBound, Whitespace.isInline(bytes[cursor - 1]) {
            cursor -= 1
        }
        if cursor == text.range.lowerBound {
            return first - 1 == 0 ? cursor : nil
        }
        return bytes[cursor - 1] == UInt8(ascii: "\n") ? cursor : nil
    }

    /// Where the line after tag `last` ends (just past its line break), if only spaces or tabs
    /// separate the tag from it; nil if anything else does.
    private static func lineEndAfter(_ last: Int, tokens: [Token], bytes: [UInt8]) -> Int? {
        guard last + 1 < tokens.count else { return bytes.count }
        let text = tokens[last + 1]
        guard text.kind == .text else { return nil }
        var cursor = text.range.lowerBound
        while cursor < text.range.upperBound, Whitespace.isInline(bytes[cursor]) {
            cursor += 1
        }
        if cursor == text.range.upperBound {
            return last + 1 == tokens.count - 1 ? cursor : nil
        }
        if bytes[cursor] == UInt8(ascii: "\r"), cursor + 1 < text.range.upperBound,
           bytes[cursor + 1] == UInt8(ascii: "\n") {
            return cursor + 2
        }
        return bytes[cursor] == UInt8(ascii: "\n") ? cursor + 1 : nil
    }
}
