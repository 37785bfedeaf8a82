/// Items as a sentence lists them: `a`, `a and b`, `a, b and c`.
package enum ProseList {
    /// The items joined with commas and a final "and"; empty for none.
    package static func joined(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}
