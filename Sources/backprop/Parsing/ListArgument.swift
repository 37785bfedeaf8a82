/// A list option's value (`--weights 0.15,0.2`), given inline or read from a file as `@FILE`.
///
/// Inline, the items are separated by commas. In a file they may be separated by commas, spaces
/// or line breaks, and `#` starts a comment that runs to the end of the line; `@-` reads
/// standard input. Either way `;` separates groups (the layers of `--biases`).
struct ListArgument {
    /// One item and, from a file, its line.
    struct Item {
        let text: String
        let line: Int?
    }

    /// The items between two `;`, and their inline text for messages.
    struct Group {
        let text: String
        let items: [Item]
    }

    /// The option with its dashes: `--weights`.
    let option: String
    /// The file the list was read from, as messages name it (`standard input` for `@-`); nil
    /// for an inline list.
    let file: String?
    /// The value as given: `0.15,0.2` or `@w.txt`.
    let value: String
    /// The inline value, or the file's contents.
    let text: String

    /// Reads `value`, from a file when it starts with `@`.
    init(option: String, value: String, environment: Environment) throws {
        self.option = option
        self.value = value
        guard value.hasPrefix("@") else {
            file = nil
            text = value
            return
        }
        let path = String(value.dropFirst())
        guard !path.isEmpty else {
            throw UsageError("\(option): '@' needs a file name after it (\(option) @FILE), or '-' for standard input")
        }
        file = InputFile.displayName(path)
        text = String(decoding: try InputFile.read(path, environment: environment), as: UTF8.self)
    }

    /// Where the list came from, as the network's errors name it: `--weights @w.txt`.
    var source: String {
        file == nil ? option : "\(option) \(value)"
    }

    /// The items, in groups split at `;` when `grouped`, else in one group.
    func groups(grouped: Bool) -> [Group] {
        guard file != nil else {
            let parts = grouped ? text.split(separator: ";", omittingEmptySubsequences: false) : [Substring(text)]
            return parts.map { part in
                Group(
                    text: String(part),
                    items: part.split(separator: ",", omittingEmptySubsequences: false)
                        .map { Item(text: String($0), line: nil) }
                )
            }
        }
        // Bytes, not characters: a list of a hundred thousand weights is split in milliseconds.
        var groups: [Group] = []
        var items: [Item] = []
        let bytes = Array(text.utf8)
        var tokenStart: Int?
        var line = 1
        var inComment = false
        func endToken(at end: Int) {
            if let start = tokenStart {
                items.append(Item(text: String(decoding: bytes[start..<end], as: UTF8.self), line: line))
            }
            tokenStart = nil
        }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case UInt8(ascii: "\n"):
                endToken(at: index)
                inComment = false
                line += 1
            case _ where inComment:
                continue
            case UInt8(ascii: "#"):
                endToken(at: index)
                inComment = true
            case UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                endToken(at: index)
            case UInt8(ascii: ";") where grouped:
                endToken(at: index)
                groups.append(Group(text: "", items: items))
                items = []
            default:
                if tokenStart == nil { tokenStart = index }
            }
        }
        endToken(at: bytes.count)
        if !items.isEmpty || groups.isEmpty { groups.append(Group(text: "", items: items)) }
        return groups
    }
}
