/// Colour and weight for text on a terminal, or nothing at all.
package struct TextStyle: Sendable {
    /// Whether escape sequences are written.
    package let isEnabled: Bool

    /// A style that writes escape sequences only if `enabled`: pass whether standard output is a
    /// terminal and `NO_COLOR` is unset.
    package init(enabled: Bool) { isEnabled = enabled }

    /// Plain text: no escape sequences.
    package static let plain = TextStyle(enabled: false)

    /// `text` in bold.
    package func bold(_ text: String) -> String { wrap(text, "1") }
    /// `text` in green.
    package func green(_ text: String) -> String { wrap(text, "32") }
    /// `text` in red.
    package func red(_ text: String) -> String { wrap(text, "31") }
    /// `text` in yellow.
    package func yellow(_ text: String) -> String { wrap(text, "33") }
    /// `text` dimmed.
    package func dim(_ text: String) -> String { wrap(text, "2") }

    /// The sequence that starts bold text, or "" when disabled.
    package var boldOn: String { code("1") }
    /// The sequence that ends any style, or "" when disabled.
    package var reset: String { code("0") }

    private func code(_ code: String) -> String { isEnabled ? "\u{1B}[\(code)m" : "" }

    private func wrap(_ text: String, _ style: String) -> String {
        isEnabled ? code(style) + text + reset : text
    }
}
