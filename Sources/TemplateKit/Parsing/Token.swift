/// A lexical piece of template source: literal text or one tag, located by byte offsets.
struct Token: Sendable {
    enum Kind: Sendable, Equatable {
        /// Literal text outside tags, including the body of a `{% raw %}` block.
        case text
        /// `{{ … }}`.
        case variable
        /// `{% … %}`.
        case block
        /// `{# … #}`.
        case comment
        /// The `{% raw %}` or `{% endraw %}` around verbatim text.
        case rawDelimiter
    }

    let kind: Kind
    /// The bytes of the whole token, delimiters included.
    let range: Range<Int>
    /// For tags, the bytes between the delimiters; for text, the same as `range`.
    let content: Range<Int>
    /// Where the token starts.
    let location: SourceLocation

    /// Whether the token takes part in the standalone-line rule: block tags and comments.
    var isStandaloneCandidate: Bool {
        kind == .block || kind == .comment || kind == .rawDelimiter
    }
}
