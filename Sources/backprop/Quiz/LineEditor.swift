import Foundation

/// Reads a line typed on a terminal with the editing keys people expect: ← and → move, Home,
/// End, Ctrl-A and Ctrl-E jump, Backspace, Delete and Ctrl-U erase, ↑ and ↓ step through the
/// lines entered before, Enter ends the line and Ctrl-D on an empty line ends the input.
///
/// The terminal is put in non-canonical mode without echo only while a line is read (Ctrl-C
/// still interrupts), and its settings are registered with the run's temporary items, so an
/// interruption restores them too. A line keeps at most `limit` characters; the history the
/// last ``historyLimit`` lines.
final class LineEditor: LineSource {
    static let historyLimit = 100

    private let input: Int32
    private let limit: Int
    private let items: TemporaryItems
    private var pending: [UInt8] = []
    private var history: [String] = []

    init(input: Int32 = STDIN_FILENO, limit: Int, items: TemporaryItems) {
        self.input = input
        self.limit = limit
        self.items = items
    }

    /// Whether line editing applies: standard input and output are both terminals.
    static func applies(_ environment: Environment) -> Bool {
        environment.standardInputIsTerminal && environment.standardOutputIsTerminal
    }

    /// The next line; nil when Ctrl-D ends the input or the input ends.
    func next() throws(InputError) -> String? {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return try LineReader(descriptor: input, limit: limit).next() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { $0[Int(VMIN)] = 1; $0[Int(VTIME)] = 0 }
        tcsetattr(input, TCSANOW, &raw)
        items.setTerminal(saved)
        defer {
            tcsetattr(input, TCSANOW, &saved)
            items.setTerminal(nil)
        }
        var line = LineBuffer(history: history, limit: limit)
        while true {
            guard let key = try nextKey() else {
                return line.text.isEmpty ? nil : finish(line)
            }
            switch line.apply(key) {
            case .done: return finish(line)
            case .endOfInput: return nil
            case let .draw(text): show(text)
            }
        }
    }

    private func finish(_ line: LineBuffer) -> String {
        show("\n")
        let text = line.text
        if !text.trimmingCharacters(in: .whitespaces).isEmpty, history.last != text {
            history.append(text)
            if history.count > Self.historyLimit { history.removeFirst() }
        }
        return text
    }

    private func show(_ text: String) {
        _ = WritableFile(descriptor: STDOUT_FILENO, chunkDelay: nil).write(text)
    }

    /// The next key: a character, or a control key or escape sequence read whole.
    private func nextKey() throws(InputError) -> LineBuffer.Key? {
        guard let first = try nextByte() else { return nil }
        switch first {
        case 0x1B:
            guard let second = try nextByte() else { return .ignored }
            guard second == UInt8(ascii: "[") || second == UInt8(ascii: "O") else { return .ignored }
            var parameters: [UInt8] = []
            while let byte = try nextByte() {
                if (0x40...0x7E).contains(byte) { return LineBuffer.Key(escape: parameters, final: byte) }
                parameters.append(byte)
                if parameters.count > 8 { return .ignored }
            }
            return .ignored
        case 0x0D, 0x0A: return .enter
        case 0x7F, 0x08: return .backspace
        case 0x01: return .home
        case 0x05: return .end
        case 0x04: return .endOfInput
        case 0x15: return .eraseLine
        case 0x00..<0x20: return .ignored
        default:
            // A character is as many bytes as its UTF-8 lead byte says.
            let length = first < 0x80 ? 1 : first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : 2
            var bytes = [first]
            while bytes.count < length, let byte = try nextByte() { bytes.append(byte) }
            return .character(Character(String(decoding: bytes, as: UTF8.self)))
        }
    }

    private func nextByte() throws(InputError) -> UInt8? {
        if pending.isEmpty {
            var chunk = [UInt8](repeating: 0, count: 256)
            while true {
                let count = chunk.withUnsafeMutableBytes { Foundation.read(input, $0.baseAddress, $0.count) }
                if count > 0 { pending = Array(chunk[..<count]); break }
                if count == 0 { return nil }
                if errno == EINTR { continue }
                throw InputError(
                    kind: .unreadable, path: "standard input", reason: "cannot be read: " + SystemCallError(errno).phrase
                )
            }
        }
        return pending.removeFirst()
    }
}

/// A source of lines: the terminal's editor or a plain reader of piped input.
protocol LineSource: AnyObject {
    func next() throws(InputError) -> String?
}

extension LineReader: LineSource {}
