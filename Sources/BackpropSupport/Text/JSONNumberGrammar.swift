/// JSON's number grammar, `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`: the one copy, for the
/// network-file parser and for the check report that copies a student's number as written.
package enum JSONNumberGrammar {
    /// Why a number stops matching the grammar.
    package enum Reason: Equatable {
        /// No digit before the point (or at all).
        case noDigits
        /// A leading zero followed by more digits.
        case leadingZero
        /// A point without digits after it.
        case noFractionDigits
        /// An exponent marker without digits after it.
        case noExponentDigits
    }

    /// Why and where a number stops matching the grammar.
    package struct Mismatch: Error, Equatable {
        /// Why.
        package let reason: Reason
        /// The offset of the byte where it stops.
        package let position: Int
    }

    /// The end of the longest number starting at `start`, or why none starts there.
    package static func scan(_ bytes: [UInt8], from start: Int) -> Result<Int, Mismatch> {
        var position = start
        func digits() -> Int {
            let from = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) {
                position += 1
            }
            return position - from
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0 else { return .failure(Mismatch(reason: .noDigits, position: position)) }
        if integerDigits > 1, bytes[integerStart] == UInt8(ascii: "0") { return .failure(Mismatch(reason: .leadingZero, position: position)) }
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { return .failure(Mismatch(reason: .noFractionDigits, position: position)) }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") {
                position += 1
            }
            guard digits() > 0 else { return .failure(Mismatch(reason: .noExponentDigits, position: position)) }
        }
        return .success(position)
    }

    /// Whether the whole of `text` is one JSON number.
    package static func matches(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return (try? scan(bytes, from: 0).get()) == bytes.count
    }
}
