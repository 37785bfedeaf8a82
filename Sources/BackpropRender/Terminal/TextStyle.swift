/// Colour and weight for text on a terminal, or nothing at all.
public struct TextStyle: Sendable {
    /// Whether escape sequences are written.
    public let isEnabled: Bool

    /// A style that writes escape sequences only if `enabled`: pass whether standard output is a
    /// terminal and `NO_COLOR` is unset.
    public init(enabled: Bool) { isEnabled = enabled }

    /// Plain text: no escape sequences.
    public static let plain = TextStyle(enabled: false)

    /// `text` in bold.
    public func bold(_ text: String) -> String { wrap(text, "1") }
    /// `text` in green.
    public func green(_ text: String) -> String { wrap(text, "32") }
    /// `text` in red.
    public func red(_ text: String) -> String { wrap(text, "31") }
    /// `text` in yellow.
    public func yellow(_ text: String) -> String { wrap(text, "33") }
    /// `text` dimmed.
    public func dim(_ text: String) -> String { wrap(text, "2") }

    /// The sequence that starts bold text, or "" when disabled.
    public var boldOn: String { code("1") }
    /// The sequence that ends any style, or "" when disabled.
    public var reset: String { code("0") }

    private func code(_ code: String) -> String { isEnabled ? "\u{1B}[\(code)m" : "" }

    private func wrap(_ text: String, _ style: String) -> String {
        isEnabled ? code(style) + text + reset : text
    }
}
