import BackpropSupport

/// The width of the text format and the last pass that fits its prose to it.
///
/// Equations (``TextDisplayMath``), tables (``TextTableWriter``) and the picture
/// (``TextDiagram``) lay themselves out for the width; templates write each paragraph on one
/// line, and ``wrap(_:)`` breaks every line that is still too wide at its spaces.
package enum TextLayout {
    /// The width when nothing says otherwise: a classic terminal's.
    package static let defaultWidth = 80
    /// The width is never set narrower: below this, equations and tables cannot be laid out.
    package static let minimumWidth = 40
    /// Nor wider: longer lines are hard to read, whatever the terminal.
    package static let maximumWidth = 100

    /// Joins the words of a formula in running text: ``wrap(_:width:)`` never breaks a line
    /// there, and writes it as an ordinary space.
    static let noBreakSpace: Character = "\u{A0}"

    /// `text` with its spaces made no-break spaces.
    @Sendable static func unbroken(_ text: String) -> String {
        text.contains(" ") ? text.replacingOccurrences(of: " ", with: String(noBreakSpace)) : text
    }

    /// `columns` brought into ``minimumWidth``…``maximumWidth``.
    package static func width(columns: Int) -> Int {
        min(max(columns, minimumWidth), maximumWidth)
    }

    /// `text` with every line wider than `width` broken at its spaces, except lines laid out
    /// already: those indented by four spaces or more (equations) and the rows of tables. A
    /// broken line's continuation lines are indented as far as its text starts, past a list
    /// marker (`1. `, `- `), so a list item hangs under its first word. No-break spaces become
    /// spaces.
    static func wrap(_ text: String, width: Int) -> String {
        let bytes = text.utf8
        var output = ""
        output.reserveCapacity(bytes.count)
        var lineStart = bytes.startIndex
        while true {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = text[lineStart..<lineEnd]
            // A line of at most `width` bytes has at most `width` characters: most lines stop here.
            if bytes.distance(from: lineStart, to: lineEnd) > width, visibleWidth(line) > width, !isLaidOut(line) {
                output += spaced(wrapped(line, width: width)[...])
            } else {
                output += spaced(line)
            }
            guard lineEnd < bytes.endIndex else { break }
            output += "\n"
            lineStart = bytes.index(after: lineEnd)
        }
        return output
    }

    /// The same, made on a document that arrives in pieces: each line is wrapped once it is
    /// complete, so only the line still being written is held back.
    struct Stream {
        let width: Int
        private var pending: [UInt8] = []

        init(width: Int) { self.width = width }

        /// Takes the next piece (whole UTF-8 characters); returns the lines it completed.
        mutating func take(_ chunk: [UInt8]) -> [UInt8] {
            guard let lastNewline = chunk.lastIndex(of: UInt8(ascii: "\n")) else {
                pending.append(contentsOf: chunk)
                return []
            }
            pending.append(contentsOf: chunk[...lastNewline])
            let lines = String(decoding: pending, as: UTF8.self)
            pending = Array(chunk[(lastNewline + 1)...])
            // The text ends in a newline: wrap keeps it, and gives back no partial line.
            return Array(TextLayout.wrap(lines, width: width).utf8)
        }

        /// Returns the last line, wrapped: the document has ended.
        mutating func end() -> [UInt8] {
            defer { pending = [] }
            guard !pending.isEmpty else { return [] }
            return Array(TextLayout.wrap(String(decoding: pending, as: UTF8.self), width: width).utf8)
        }
    }

    private static func spaced(_ line: Substring) -> Substring {
        // U+00A0 is C2 A0 in UTF-8: a line without a C2 byte has none.
        guard line.utf8.contains(0xC2) else { return line }
        return Substring(line.replacingOccurrences(of: String(noBreakSpace), with: " "))
    }

    private static func wrapped(_ line: Substring, width: Int) -> String {
        let leading = line.prefix { $0 == " " }
        let body = line.dropFirst(leading.count)
        let number = body.prefix { $0.isNumber }
        let marker = body.hasPrefix("- ") ? 2
            : !number.isEmpty && body.dropFirst(number.count).hasPrefix(". ") ? number.count + 2 : 0
        let hanging = leading.count + marker
        return Wrapping.lines(
            String(body), width: width, first: String(leading), rest: String(repeating: " ", count: hanging)
        )
    }

    /// The columns a line takes on a terminal: its characters, less the bold and reset escapes
    /// (`ESC [ … m`) that headings may carry.
    private static func visibleWidth(_ line: Substring) -> Int {
        var width = 0
        var inEscape = false
        for character in line {
            if inEscape {
                if character == "m" { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                width += 1
            }
        }
        return width
    }

    private static func isLaidOut(_ line: Substring) -> Bool {
        line.hasPrefix("    ") || line.first.map { "│┌├└|+".contains($0) } == true
    }
}
