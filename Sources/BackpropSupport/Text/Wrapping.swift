/// Wraps prose for the terminal.
package enum Wrapping {
    /// `text` broken into lines of at most `width` columns (a longer word gets a line of its
    /// own), the first starting with `first` and the rest with `rest`.
    package static func lines(_ text: String, width: Int = 92, first: String, rest: String) -> String {
        var lines: [String] = []
        var line = first
        var lineHasWord = false
        for word in text.split(separator: " ") {
            if lineHasWord, line.count + 1 + word.count > width {
                lines.append(line)
                line = rest
                lineHasWord = false
            }
            line += (lineHasWord ? " " : "") + word
            lineHasWord = true
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }

    /// Each paragraph (line) of `text` wrapped at `width` columns.
    package static func paragraphs(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { lines(String($0), width: width, first: "", rest: "") }
            .joined(separator: "\n")
    }
}
