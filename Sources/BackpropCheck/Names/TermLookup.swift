import BackpropCore

/// Finds the term a student means by a name, in any of the forms ``NameKey`` accepts.
///
/// Exact canonical names and aliases win; then names that match ignoring case; then names with
/// the same key. A key two terms share (only possible in very deep and wide networks) matches
/// neither, so the canonical name must be used.
public struct TermLookup: Sendable {
    private let trace: Trace
    private let byLowercased: [String: Int]
    private let byKey: [NameKey: Int]
    private let absent: [NameKey: (name: String, reason: String)]
    private let suggestions: [(key: String, name: String)]

    /// A lookup for `trace`'s terms. `optional` lists terms of the same network that other
    /// training options would compute, with the phrase that says which.
    public init(trace: Trace, optional: [(name: String, reason: String)] = []) {
        self.trace = trace
        var lowercased: [String: Int] = [:]
        var keys: [NameKey: Int] = [:]
        var ambiguous = Set<NameKey>()
        var suggestions: [(String, String)] = []
        for (index, term) in trace.terms.enumerated() {
            for name in [term.name] + term.aliases {
                lowercased[name.lowercased()] = index
                let key = NameKey(name)
                if let other = keys[key], other != index { ambiguous.insert(key) }
                keys[key] = index
                suggestions.append((key.text, name))
            }
        }
        for key in ambiguous { keys[key] = nil }
        self.byLowercased = lowercased
        self.byKey = keys
        var absent: [NameKey: (String, String)] = [:]
        for (name, reason) in optional where trace.index(of: name) == nil {
            absent[NameKey(name)] = (name, reason)
        }
        self.absent = absent
        self.suggestions = suggestions
    }

    /// The term `name` means, or why it means none.
    public func resolve(_ name: String) -> NameResolution {
        if let index = trace.index(of: name) ?? byLowercased[name.lowercased()] {
            return .term(index)
        }
        let key = NameKey(name)
        if let index = byKey[key] { return .term(index) }
        if let (canonical, reason) = absent[key] { return .notAsked(name: canonical, reason: reason) }
        // Suggestion accepts at most max(2, length/3) edits, so longer or shorter names cannot win.
        let reach = max(2, key.text.count / 3)
        let near = suggestions.lazy.map(\.key).filter { abs($0.count - key.text.count) <= reach }
        let closest = Suggestion.closest(to: key.text, among: Array(near))
        return .unknown(suggestion: closest.flatMap { match in
            suggestions.first { $0.key == match }?.name
        })
    }
}
