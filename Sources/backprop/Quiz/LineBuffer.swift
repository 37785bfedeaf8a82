/// The line being edited, its cursor and the history it steps through: what each key does to
/// them, and what to write to the terminal to show it (``LineEditor`` reads the keys).
struct LineBuffer {
    /// A key as the editor understands it.
    enum Key: Equatable {
        case character(Character)
        case enter, backspace, delete, left, right, home, end, up, down, eraseLine, endOfInput, ignored

        /// The key of an escape sequence `ESC [ parameters final` (or `ESC O final`).
        init(escape parameters: [UInt8], final: UInt8) {
            switch (String(decoding: parameters, as: UTF8.self), Character(Unicode.Scalar(final))) {
            case (_, "A"): self = .up
            case (_, "B"): self = .down
            case (_, "C"): self = .right
            case (_, "D"): self = .left
            case (_, "H"), ("1", "~"), ("7", "~"): self = .home
            case (_, "F"), ("4", "~"), ("8", "~"): self = .end
            case ("3", "~"): self = .delete
            default: self = .ignored
            }
        }
    }

    /// What a key did: ended the line, ended the input, or changed what the terminal shows.
    enum Outcome: Equatable {
        case done
        case endOfInput
        case draw(String)
    }

    private(set) var characters: [Character] = []
    private(set) var cursor = 0
    private let history: [String]
    /// Which line of the history is shown; `history.count` for the line being typed.
    private var shown: Int
    private var draft: [Character] = []
    private let limit: Int

    init(history: [String], limit: Int) {
        self.history = history
        self.limit = limit
        shown = history.count
    }

    var text: String { String(characters) }

    mutating func apply(_ key: Key) -> Outcome {
        let before = cursor
        switch key {
        case .enter:
            return .done
        case .endOfInput where characters.isEmpty:
            return .endOfInput
        case let .character(character):
            guard characters.count < limit else { return .draw("\u{7}") }
            characters.insert(character, at: cursor)
            cursor += 1
            // Typing at the end, the usual case, writes just the character.
            if cursor == characters.count { return .draw(String(character)) }
        case .backspace:
            guard cursor > 0 else { return .draw("") }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .endOfInput:
            guard cursor < characters.count else { return .draw("") }
            characters.remove(at: cursor)
        case .left:
            guard cursor > 0 else { return .draw("") }
            cursor -= 1
            return .draw("\u{1B}[D")
        case .right:
            guard cursor < characters.count else { return .draw("") }
            cursor += 1
            return .draw("\u{1B}[C")
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .eraseLine:
            characters.removeSubrange(..<cursor)
            cursor = 0
        case .up:
            guard shown > 0 else { return .draw("") }
            if shown == history.count { draft = characters }
            shown -= 1
            characters = Array(history[shown].prefix(limit))
            cursor = characters.count
        case .down:
            guard shown < history.count else { return .draw("") }
            shown += 1
            characters = shown == history.count ? draft : Array(history[shown].prefix(limit))
            cursor = characters.count
        case .ignored:
            return .draw("")
        }
        return .draw(Self.left(before) + text + "\u{1B}[K" + Self.left(characters.count - cursor))
    }

    /// Moves the terminal's cursor `count` columns left.
    private static func left(_ count: Int) -> String {
        count > 0 ? "\u{1B}[\(count)D" : ""
    }
}
