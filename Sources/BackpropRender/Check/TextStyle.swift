/// Colour and weight for text on a terminal, or nothing at all.
public struct TextStyle: Sendable {
    /// Whether escape sequences are written.
    public let isEnabled: Bool

    /// A style that writes escape sequences only if `enabled`: pass whether standard output is a
    /// terminal and `NO_COLOR` is unset.
    public init(enabled: Bool) { isEnabled = enabled }

    /// Plain text: no escape sequences.
    public static let plain = TextStyle(enabled: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "31") }
    func yellow(_ text: String) -> String { wrap(text, "33") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        isEnabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
