import BackpropCore
import BackpropSupport

/// Finds the term a student means by a name, in any of the forms ``NameKey`` accepts.
///
/// Exact canonical names and aliases win; then names that match ignoring case; then names with
/// the same key, among every spelling the naming gives a term. A key two terms share (only
/// possible in very deep and wide networks) matches neither, so the canonical name must be used.
public struct TermLookup: Sendable {
    /// How many name comparisons the suggestions for one sheet's unknown names may cost in all:
    /// plenty for a hand calculation, and a bound for a sheet of unknown names against a large
    /// network (later unknown names then get no suggestion).
    public static let suggestionBudget = 2_000_000

    private let byName: [String: Int]
    private let byLowercased: [String: Int]
    private let byKey: [NameKey: Int]
    private let absent: [NameKey: (name: String, option: TrainingOption)]
    private let suggestions: [(key: String, name: String)]

    /// A lookup for `trace`'s terms. `optional` lists terms of the same network that other
    /// training options would compute, with the option that does.
    public init(trace: Trace, optional: [(id: TermID, option: TrainingOption)] = []) {
        let naming = trace.naming
        var exact: [String: Int] = [:]
        var lowercased: [String: Int] = [:]
        var keys: [NameKey: Int] = [:]
        var ambiguous = Set<NameKey>()
        var suggestions: [(String, String)] = []
        var informal: [(String, String)] = []
        exact.reserveCapacity(trace.terms.count)
        for (index, term) in trace.terms.enumerated() {
            // The spellings start with the canonical name and its aliases.
            let spellings = naming.spellings(term.id)
            let formalCount = 1 + naming.aliases(term.id).count
            for (position, spelling) in spellings.enumerated() {
                let key = NameKey(spelling)
                if let other = keys[key], other != index { ambiguous.insert(key) }
                keys[key] = index
                if position < formalCount {
                    exact[spelling] = index
                    lowercased[spelling.lowercased()] = index
                    suggestions.append((key.text, spelling))
                } else {
                    informal.append((key.text, spellings[0]))
                }
            }
        }
        suggestions += informal
        for key in ambiguous { keys[key] = nil }
        self.byName = exact
        self.byLowercased = lowercased
        self.byKey = keys
        var absent: [NameKey: (String, TrainingOption)] = [:]
        for (id, option) in optional where trace.index(of: id) == nil {
            let name = naming.name(id)
            for spelling in naming.spellings(id) { absent[NameKey(spelling)] = (name, option) }
        }
        self.absent = absent
        self.suggestions = suggestions
    }

    /// The term `name` means, or why it means none. A suggestion costs one comparison per
    /// name of the network, taken from `suggestionBudget`; with too little left, none is made.
    public func resolve(_ name: String, suggestionBudget: inout Int) -> NameResolution {
        if let index = byName[name] ?? byLowercased[name.lowercased()] {
            return .term(index)
        }
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
        let key = Array(text)
        let reach = key.count <= 5 ? 1 : key.count <= 12 ? 2 : 3
        var best: (distance: Int, name: String)?
        var tied = false
        // Keys of generated names are ASCII, so their UTF-8 length is their length.
        for candidate in suggestions where abs(candidate.key.utf8.count - key.count) <= reach {
            let distance = Suggestion.editDistance(key, Array(candidate.key), transpositions: true)
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
