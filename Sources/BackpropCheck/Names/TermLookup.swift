import BackpropCore
import BackpropSupport
import Synchronization

/// Finds the term a student means by a name, in any of the forms ``NameKey`` accepts.
///
/// Exact canonical names and aliases win; then names that match ignoring case; then names with
/// the same key, among every spelling the naming gives a term. A key two terms share (only
/// possible in very deep and wide networks) matches neither, so the canonical name must be used.
///
/// Only the exact names are indexed up front: the other spellings (several per term, each
/// reduced to its key) are indexed when a name first needs them, so a sheet written in canonical
/// names costs one dictionary of the trace's names however large the network.
public struct TermLookup: Sendable {
    private let trace: Trace
    private let optional: [(id: TermID, option: TrainingOption)]
    private let byName: [String: Int]
    private let spellings = LazySpellings()

    /// A lookup for `trace`'s terms. `optional` lists terms of the same network that other
    /// training options would compute, with the option that does.
    public init(trace: Trace, optional: [(id: TermID, option: TrainingOption)] = []) {
        self.trace = trace
        self.optional = optional
        let naming = trace.naming
        var exact: [String: Int] = [:]
        exact.reserveCapacity(trace.terms.count)
        for (index, term) in trace.terms.enumerated() {
            exact[naming.name(term.id)] = index
            for alias in naming.aliases(term.id) { exact[alias] = index }
        }
        byName = exact
    }

    /// The term `name` means, or why it means none.
    public func resolve(_ name: String) -> NameResolution {
        if let index = byName[name] { return .term(index) }
        return spellings.index { SpellingIndex(trace: trace, optional: optional) }.resolve(name)
    }
}

/// The spelling index, made by the first lookup that needs it and kept for the next ones.
private final class LazySpellings: Sendable {
    private let made = Mutex<SpellingIndex?>(nil)

    func index(_ make: () -> SpellingIndex) -> SpellingIndex {
        made.withLock { made in
            if let index = made { return index }
            let index = make()
            made = index
            return index
        }
    }
}

/// Every spelling of every term, by key, and what to suggest for a name that is none of them.
private struct SpellingIndex: Sendable {
    private let byLowercased: [String: Int]
    private let byKey: [NameKey: Int]
    private let absent: [NameKey: (name: String, option: TrainingOption)]
    private let suggestions: [(key: String, name: String)]

    init(trace: Trace, optional: [(id: TermID, option: TrainingOption)]) {
        let naming = trace.naming
        var lowercased: [String: Int] = [:]
        var keys: [NameKey: Int] = [:]
        var ambiguous = Set<NameKey>()
        var suggestions: [(String, String)] = []
        var informal: [(String, String)] = []
        for (index, term) in trace.terms.enumerated() {
            let formal = [naming.name(term.id)] + naming.aliases(term.id)
            for name in formal {
                lowercased[name.lowercased()] = index
                suggestions.append((NameKey(name).text, name))
            }
            for spelling in naming.spellings(term.id) {
                let key = NameKey(spelling)
                if let other = keys[key], other != index { ambiguous.insert(key) }
                keys[key] = index
                if !formal.contains(spelling) { informal.append((key.text, formal[0])) }
            }
        }
        // Formal names first: of two equally close candidates, the first is suggested.
        suggestions += informal
        for key in ambiguous { keys[key] = nil }
        byLowercased = lowercased
        byKey = keys
        var absent: [NameKey: (String, TrainingOption)] = [:]
        for (id, option) in optional where trace.index(of: id) == nil {
            let name = naming.name(id)
            for spelling in naming.spellings(id) { absent[NameKey(spelling)] = (name, option) }
        }
        self.absent = absent
        self.suggestions = suggestions
    }

    /// The term a name that is not exactly canonical means, or why it means none.
    func resolve(_ name: String) -> NameResolution {
        if let index = byLowercased[name.lowercased()] { return .term(index) }
        let key = NameKey(name)
        if let index = byKey[key] { return .term(index) }
        if let (canonical, option) = absent[key] { return .notAsked(name: canonical, option: option) }
        // Suggestion accepts at most max(2, length/3) edits, so longer or shorter names cannot win.
        let reach = max(2, key.text.count / 3)
        let near = suggestions.lazy.map(\.key).filter { abs($0.count - key.text.count) <= reach }
        let closest = Suggestion.closest(to: key.text, among: Array(near))
        return .unknown(suggestion: closest.flatMap { match in
            suggestions.first { $0.key == match }?.name
        })
    }
}
