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
package struct TermLookup: Sendable {
    /// How many name comparisons the suggestions for one sheet's unknown names may cost in all:
    /// plenty for a hand calculation, and a bound for a sheet of unknown names against a large
    /// network (later unknown names then get no suggestion).
    package static let suggestionBudget = 2_000_000

    private let trace: Trace
    private let optional: [(id: TermID, option: TrainingOption)]
    private let byName: [String: Int]
    private let spellings = LazySpellings()

    /// A lookup for `trace`'s terms. `optional` lists terms of the same network that other
    /// training options would compute, with the option that does.
    package init(trace: Trace, optional: [(id: TermID, option: TrainingOption)] = []) {
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

    /// The term `name` means, or why it means none. A suggestion costs one comparison per
    /// name of the network, taken from `suggestionBudget`; with too little left, none is made.
    package func resolve(_ name: String, suggestionBudget: inout Int) -> NameResolution {
        if let index = byName[name] { return .term(index) }
        return spellings.index { SpellingIndex(trace: trace, optional: optional) }
            .resolve(name, suggestionBudget: &suggestionBudget)
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
    /// Each spelling's key as Unicode scalars (compared far faster than characters), and the
    /// name to suggest for it.
    private let suggestions: [(key: [Unicode.Scalar], name: String)]

    init(trace: Trace, optional: [(id: TermID, option: TrainingOption)]) {
        let naming = trace.naming
        var lowercased: [String: Int] = [:]
        var keys: [NameKey: Int] = [:]
        var ambiguous = Set<NameKey>()
        var suggestions: [([Unicode.Scalar], String)] = []
        var informal: [([Unicode.Scalar], String)] = []
        for (index, term) in trace.terms.enumerated() {
            // The spellings start with the canonical name and its aliases.
            let spellings = naming.spellings(term.id)
            let formalCount = 1 + naming.aliases(term.id).count
            for (position, spelling) in spellings.enumerated() {
                let key = NameKey(spelling)
                if let other = keys[key], other != index { ambiguous.insert(key) }
                keys[key] = index
                if position < formalCount {
                    lowercased[spelling.lowercased()] = index
                    suggestions.append((Array(key.text.unicodeScalars), spelling))
                } else {
                    informal.append((Array(key.text.unicodeScalars), spellings[0]))
                }
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
    func resolve(_ name: String, suggestionBudget: inout Int) -> NameResolution {
        if let index = byLowercased[name.lowercased()] { return .term(index) }
        let key = NameKey(name)
        if let index = byKey[key] { return .term(index) }
        if let (canonical, option) = absent[key] { return .notAsked(name: canonical, option: option) }
        guard suggestionBudget >= suggestions.count else { return .unknown(suggestion: nil) }
        suggestionBudget -= suggestions.count
        return .unknown(suggestion: suggestion(for: key.text))
    }

    /// The one name closest to `key`, if it is close: within one edit for a key of up to five
    /// characters, two up to twelve, three beyond (a swap of two neighbours is one edit), and
    /// no other term's name as close. A tie between two terms suggests neither (`w9` is as close
    /// to `w1` as to `w8`).
    private func suggestion(for text: String) -> String? {
        let key = Array(text.unicodeScalars)
        let reach = key.count <= 5 ? 1 : key.count <= 12 ? 2 : 3
        var best: (distance: Int, name: String)?
        var tied = false
        for candidate in suggestions where abs(candidate.key.count - key.count) <= reach {
            let distance = Suggestion.editDistance(key, candidate.key, transpositions: true, limit: reach)
            guard distance <= reach else { continue }
            if let current = best, distance > current.distance { continue }
            if let current = best, distance == current.distance {
                if current.name != candidate.name { tied = true }
                continue
            }
            best = (distance, candidate.name)
            tied = false
        }
        return tied ? nil : best?.name
    }
}
