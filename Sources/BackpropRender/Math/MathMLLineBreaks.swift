/// Keeps inline MathML together with the punctuation around it.
///
/// Browsers may break a line between an inline `<math>` and the comma, colon or parenthesis
/// that follows it (Chromium does: it treats the formula as one unbreakable object, with a
/// break opportunity on either side), so a list of symbols or a sentence can wrap to a line that
/// starts with `, w₂`. Each formula with punctuation right before (`(`) or after (`, . ; : )`)
/// goes into a `white-space: nowrap` span with that punctuation.
enum MathMLLineBreaks {
    /// `html` with every inline formula glued to the punctuation touching it.
    static func glue(_ html: String) -> String {
        var stream = Stream()
        let bytes = stream.take(Array(html.utf8)) + stream.end()
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The same, made on a document that arrives in pieces: linear in its length, holding back
    /// only a formula not yet closed and the few bytes that may begin one.
    struct Stream {
        private static let open = Array("<math".utf8)
        private static let close = Array("</math>".utf8)
        private static let spanOpen = Array("<span style=\"white-space: nowrap\">".utf8)
        private static let spanClose = Array("</span>".utf8)
        private static let parenthesis = UInt8(ascii: "(")
        private static let trailing: Set<UInt8> = Set(",.;:)".utf8)

        /// Bytes not passed on yet.
        private var pending: [UInt8] = []
        /// Where in `pending` the formula being completed starts, once found.
        private var mathStart: Int?
        /// Where in `pending` the next search (for `<math`, or for `</math>` once `mathStart` is
        /// known) begins, so that no byte is searched twice.
        private var searchFrom = 0

        /// Takes the next piece of the document; returns what is final.
        mutating func take(_ chunk: [UInt8]) -> [UInt8] {
            pending.append(contentsOf: chunk)
            return drain(atEnd: false)
        }

        /// Returns everything held back: the document has ended.
        mutating func end() -> [UInt8] {
            drain(atEnd: true)
        }

        private mutating func drain(atEnd: Bool) -> [UInt8] {
            var output: [UInt8] = []
            output.reserveCapacity(pending.count + pending.count / 16)
            // Bytes of `pending` before `position` are passed on.
            var position = 0
            while true {
                let start: Int
                if let known = mathStart {
                    start = known
                } else if let found = Self.find(Self.open, in: pending, from: searchFrom) {
                    start = found
                    mathStart = found
                    searchFrom = found + Self.open.count
                } else {
                    // The tail may be a `(` and the beginning of a `<math` still to come.
                    let keep = atEnd ? 0 : min(pending.count - position, Self.open.count)
                    output.append(contentsOf: pending[position..<(pending.count - keep)])
                    consume(pending.count - keep)
                    searchFrom = 0
                    return output
                }
                let opening = start > position && pending[start - 1] == Self.parenthesis
                let headEnd = opening ? start - 1 : start
                guard let end = Self.find(Self.close, in: pending, from: searchFrom) else {
                    if atEnd { return finishUnclosed(output, from: position) }
                    searchFrom = max(searchFrom, pending.count - Self.close.count + 1)
                    return hold(output, from: position, upTo: headEnd)
                }
                let after = end + Self.close.count
                var stop = after
                while stop < pending.count, Self.trailing.contains(pending[stop]) { stop += 1 }
                if stop == pending.count, !atEnd {
                    // The punctuation after the formula may go on in the next piece.
                    searchFrom = end
                    return hold(output, from: position, upTo: headEnd)
                }
                output.append(contentsOf: pending[position..<headEnd])
                if opening || stop > after {
                    output.append(contentsOf: Self.spanOpen)
                    if opening { output.append(Self.parenthesis) }
                    output.append(contentsOf: pending[start..<stop])
                    output.append(contentsOf: Self.spanClose)
                } else {
                    output.append(contentsOf: pending[start..<after])
                }
                position = stop
                mathStart = nil
                searchFrom = stop
            }
        }

        /// Passes on `pending[position..<headEnd]` and keeps the rest for the next piece.
        private mutating func hold(_ output: [UInt8], from position: Int, upTo headEnd: Int) -> [UInt8] {
            var output = output
            output.append(contentsOf: pending[position..<headEnd])
            consume(headEnd)
            return output
        }

        /// A formula never closed is passed on as it is.
        private mutating func finishUnclosed(_ output: [UInt8], from position: Int) -> [UInt8] {
            var output = output
            output.append(contentsOf: pending[position...])
            consume(pending.count)
            return output
        }

        /// Drops the first `count` bytes of `pending`, moving the positions kept into it.
        private mutating func consume(_ count: Int) {
            guard count > 0 else { return }
            pending.removeFirst(count)
            mathStart = mathStart.map { $0 - count }
            searchFrom = max(0, searchFrom - count)
        }

        /// The first position at or after `start` where `needle` occurs in `bytes`.
        private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
            guard let first = needle.first, bytes.count >= needle.count else { return nil }
            var index = start
            let last = bytes.count - needle.count
            while index <= last {
                if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) {
                    return index
                }
                index += 1
            }
            return nil
        }
    }
}
