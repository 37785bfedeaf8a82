/// What one line of an answers file is, before its name and value are looked at.
enum AnswerLine: Equatable {
    /// Blank, a `#` comment or Markdown heading, or a `>` quote: nothing to judge.
    case note
    /// A Markdown table's delimiter row, `|---|---|`.
    case tableDelimiter
    /// A Markdown table row, split into its trimmed cells.
    case tableRow([String])
    /// `name = value`, possibly as a list item; the value may be empty.
    case assignment(name: String, value: String)
    /// None of the above.
    case malformed

    /// Classifies a line (without its line break).
    init(_ raw: Substring) {
        let line = raw.trimmedSpaces
        guard let first = line.first, first != "#", first != ">" else {
            self = .note
            return
        }
        if first == "|" {
            let cells = Self.cells(line)
            self = cells.allSatisfy(Self.isDelimiterCell) && !cells.isEmpty
                ? .tableDelimiter : .tableRow(cells)
            return
        }
        var body = Self.droppingListMarker(line)
        if let hash = body.firstIndex(of: "#") { body = body[..<hash] }
        // With working shown (`net_h1 = 0.15*0.05 + … = 0.3775`) the value is after the last '='.
        guard let firstEquals = body.firstIndex(of: "="),
              let lastEquals = body.lastIndex(of: "=") else {
            self = .malformed
            return
        }
        let name = body[..<firstEquals].trimmedSpaces
        guard !name.isEmpty else {
            self = .malformed
            return
        }
        self = .assignment(
            name: String(name), value: String(body[body.index(after: lastEquals)...].trimmedSpaces)
        )
    }

    private static func cells(_ line: Substring) -> [String] {
        var cells = line.split(separator: "|", omittingEmptySubsequences: false)
            .map { String($0.trimmedSpaces) }
        if line.hasPrefix("|"), cells.first?.isEmpty == true { cells.removeFirst() }
        if line.hasSuffix("|"), line.count > 1, cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }

    private static func isDelimiterCell(_ cell: String) -> Bool {
        var body = Substring(cell)
        if body.first == ":" { body.removeFirst() }
        if body.last == ":" { body.removeLast() }
        return !body.isEmpty && body.allSatisfy { $0 == "-" }
    }

    /// `- `, `* `, `+ ` or `1. ` before a list item's text.
    private static func droppingListMarker(_ line: Substring) -> Substring {
        var rest = line
        if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            let after = rest.dropFirst(digits.count)
            if !digits.isEmpty, after.first == ".", after.dropFirst().first == " " {
                rest = after.dropFirst()
            }
        }
        return rest.trimmedSpaces
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces, tabs and carriage returns.
    var trimmedSpaces: Substring {
        var slice = self[...]
        while let first = slice.first, first == " " || first == "\t" || first == "\r" {
            slice.removeFirst()
        }
        while let last = slice.last, last == " " || last == "\t" || last == "\r" {
            slice.removeLast()
        }
        return Substring(slice)
    }
}
