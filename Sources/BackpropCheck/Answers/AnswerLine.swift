/// What one line of an answers file is, before its name and value are looked at.
enum AnswerLine: Equatable {
    /// Blank, a `#` comment or Markdown heading, a `>` quote, or an HTML comment's first or last
    /// line: nothing to judge.
    case note
    /// A line of a worksheet's header (`#@ …`), the text after `#@ `.
    case header(String)
    /// A Markdown table's delimiter row, `|---|---|`.
    case tableDelimiter
    /// A Markdown table row, split into its trimmed cells.
    case tableRow([String])
    /// `name = value` (or `name: value`, `name ≈ value`), possibly as a list item; the value may
    /// be empty, and a remark may follow a `#`.
    case assignment(name: String, value: String, remark: String?)
    /// None of the above.
    case malformed(Unreadable.Problem)

    /// Classifies a line (without its line break).
    init(_ raw: Substring) {
        let line = raw.trimmedSpaces
        if line.hasPrefix("#@") {
            var content = line.dropFirst(2)
            if content.first == " " { content = content.dropFirst() }
            self = .header(String(content))
            return
        }
        guard let first = line.first, first != "#", first != ">",
              !line.hasPrefix("<!--"), line != "-->" else {
            self = .note
            return
        }
        if first == "|" {
            let cells = Self.cells(line)
            self = cells.allSatisfy(Self.isDelimiterCell) && !cells.isEmpty
                ? .tableDelimiter : .tableRow(cells)
            return
        }
        var body = Self.droppingListMarkers(line)
        var remark: String?
        if let hash = body.firstIndex(of: "#") {
            remark = String(body[body.index(after: hash)...].trimmedSpaces)
            body = body[..<hash]
        }
        guard let (name, value) = Self.split(body) else {
            let words = body.split(whereSeparator: { $0 == " " || $0 == "\t" })
            if words.count == 2, WrittenNumber(String(words[1])) != nil {
                self = .malformed(.missingEquals(name: String(words[0]), number: String(words[1])))
            } else {
                self = .malformed(.noSeparator)
            }
            return
        }
        guard !name.isEmpty else {
            self = .malformed(.noName)
            return
        }
        self = .assignment(name: String(name), value: String(value), remark: remark)
    }

    /// Name and value: around `=` (with working shown, `net_h1 = 0.15*0.05 + … = 0.3775`, the
    /// name is before the first `=` and the value after the last), else `≈`, else `:`. A name
    /// written `name: working = value` ends at the colon.
    private static func split(_ body: Substring) -> (Substring, Substring)? {
        for separator: Character in ["=", "\u{2248}", ":"] {
            guard let first = body.firstIndex(of: separator),
                  let last = body.lastIndex(of: separator) else { continue }
            var name = body[..<first]
            if let colon = name.firstIndex(of: ":") { name = name[..<colon] }
            return (name.trimmedSpaces, body[body.index(after: last)...].trimmedSpaces)
        }
        return nil
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

    /// List markers before an item's text: `- `, `* `, `+ `, `• `, `1. `, `1) `, `(1) `, `a) `,
    /// `(a) `, `a. ` (a letter or two, or a number), at most two of them (`1. (a) …`).
    private static func droppingListMarkers(_ line: Substring) -> Substring {
        var rest = line
        for _ in 0..<2 {
            guard let marker = listMarker(rest) else { break }
            rest = rest.dropFirst(marker).trimmedSpaces
        }
        return rest
    }

    /// The length of the list marker and the space after it at the start of `text`, if any.
    private static func listMarker(_ text: Substring) -> Int? {
        guard let first = text.first else { return nil }
        if "-*+\u{2022}".contains(first), text.dropFirst().first == " " { return 2 }
        let opened = first == "(" ? 1 : 0
        let label = text.dropFirst(opened).prefix { $0.isASCII && ($0.isNumber || $0.isLetter) }
        guard !label.isEmpty, label.count <= 3 else { return nil }
        let isNumber = label.allSatisfy(\.isNumber)
        guard isNumber || label.count <= 2, label.allSatisfy(\.isNumber) || label.allSatisfy(\.isLetter)
        else { return nil }
        var after = text.dropFirst(opened + label.count)
        let closer = after.first
        if opened == 1 {
            guard closer == ")" else { return nil }
        } else {
            // `a.` only for a single letter: `w5.` or `eta.` are not list markers.
            guard closer == ")" || (closer == "." && (isNumber || label.count == 1)) else { return nil }
        }
        after = after.dropFirst()
        guard after.first == " " else { return nil }
        return opened + label.count + 2
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
