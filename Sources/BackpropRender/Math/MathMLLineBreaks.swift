/// Keeps inline MathML together with the punctuation around it.
///
/// Browsers may break a line between an inline `<math>` and the comma, colon or parenthesis
/// that follows it (Chromium does: it treats the formula as one unbreakable object, with a
/// break opportunity on either side), so a list of symbols or a sentence can wrap to a line that
/// starts with `, w₂`. Each formula with punctuation right before (`(`) or after (`, . ; : )`)
/// goes into a `white-space: nowrap` span with that punctuation.
enum MathMLLineBreaks {
    private static let trailing: Set<Character> = [",", ".", ";", ":", ")"]

    /// `html` with every inline formula glued to the punctuation touching it.
    static func glue(_ html: String) -> String {
        guard html.contains("<math") else { return html }
        var result = ""
        result.reserveCapacity(html.utf8.count + html.utf8.count / 16)
        var rest = html[...]
        while let start = rest.range(of: "<math"), let end = rest[start.upperBound...].range(of: "</math>") {
            var head = rest[..<start.lowerBound]
            var math = rest[start.lowerBound..<end.upperBound]
            var after = rest[end.upperBound...]
            let opening = head.last == "("
            let closing = after.prefix { trailing.contains($0) }
            if opening || !closing.isEmpty {
                if opening { head = head.dropLast() }
                math = (opening ? "(" : "") + math + closing
                after = after.dropFirst(closing.count)
                result += head
                result += "<span style=\"white-space: nowrap\">" + math + "</span>"
            } else {
                result += head
                result += math
            }
            rest = after
        }
        result += rest
        return result
    }
}
