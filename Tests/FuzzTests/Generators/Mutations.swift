/// Byte- and token-level changes to a valid input, and the awkward values fuzzers like.
enum Mutations {
    /// Numbers that break naive parsing or arithmetic.
    static let strangeNumbers = [
        "0", "-0", "1e308", "1e309", "-1e400", "1e-400", "4.9e-324", "NaN", "nan", "Infinity",
        "-Infinity", "inf", "1e99999999999999999999", "123456789012345678901234567890",
        String(repeating: "9", count: 400), "0x10", "1.", ".5", "-", "+1", "1e", "1_000", "٣",
        "99999999999", "-1", "2147483648", "9223372036854775808", "0.1e-5000",
    ]

    /// Text that breaks naive printing: control characters, escapes, odd Unicode.
    static let strangeTexts = [
        "", " ", "\n", "a\nb", "\u{1B}[31mred\u{1B}[0m", "tab\there", "nul\u{0}x", "\u{7F}",
        "\u{85}", "\u{2028}", "\r", "é", "∂E/∂w", "🙂", "\u{FEFF}", "\u{202E}rtl",
        String(repeating: "x", count: 5_000), "'", "\"", "\\", "%s%n", "../../etc/passwd",
    ]

    /// `bytes` changed in one of several ways; never empty unless `bytes` is.
    static func mutate(_ bytes: [UInt8], using random: inout SeededRandom) -> [UInt8] {
        guard !bytes.isEmpty else { return Array(random.pick(strangeTexts).utf8) }
        var bytes = bytes
        let count = Int.random(in: 1...4, using: &random)
        for _ in 0..<count {
            let at = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0..<9, using: &random) {
            case 0: // truncate
                bytes = Array(bytes.prefix(at))
            case 1: // flip a byte
                bytes[at] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
            case 2: // delete a span
                let end = min(bytes.count, at + Int.random(in: 1...40, using: &random))
                bytes.removeSubrange(at..<end)
            case 3: // duplicate a span
                let end = min(bytes.count, at + Int.random(in: 1...200, using: &random))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            case 4: // insert a strange text
                bytes.insert(contentsOf: random.pick(strangeTexts).utf8, at: at)
            case 5: // insert a strange number
                bytes.insert(contentsOf: random.pick(strangeNumbers).utf8, at: at)
            case 6: // invalid UTF-8
                bytes.insert(contentsOf: random.pick([[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]]), at: at)
            case 7: // replace a digit run with a strange number
                if let range = digitRun(in: bytes, near: at) {
                    bytes.replaceSubrange(range, with: Array(random.pick(strangeNumbers).utf8))
                }
            default: // swap two bytes
                let other = Int.random(in: 0..<bytes.count, using: &random)
                bytes.swapAt(at, other)
            }
            if bytes.isEmpty { break }
        }
        return bytes
    }

    /// The first run of digits (with `.`, `-`, `e`) at or after `index`.
    static func digitRun(in bytes: [UInt8], near index: Int) -> Range<Int>? {
        func isNumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "e")
        }
        guard let start = bytes[index...].firstIndex(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        var lower = start, upper = start
        while lower > 0, isNumeric(bytes[lower - 1]) { lower -= 1 }
        while upper < bytes.count, isNumeric(bytes[upper]) { upper += 1 }
        return lower..<upper
    }
}
