/// "Did you mean" suggestions by edit distance.
package enum Suggestion {
    /// The candidate closest to `word` (ignoring case), if one is close enough to be a typo.
    package static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = Array(word.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(lowered, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best, best.distance <= max(2, lowered.count / 3) else { return nil }
        return best.candidate
    }

    /// The Levenshtein distance between two sequences (of characters, or of Unicode scalars,
    /// which compare much faster); with `transpositions`, a swap of two neighbouring elements
    /// counts as one edit too (optimal string alignment). With a `limit`, any distance above it
    /// is reported as `limit + 1`, as soon as a row of the table shows it: the cost then stops
    /// growing with the longer sequence's length times the shorter's.
    package static func editDistance<Element: Equatable>(
        _ a: [Element], _ b: [Element], transpositions: Bool = false, limit: Int? = nil
    ) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        if let limit, abs(a.count - b.count) > limit { return limit + 1 }
        var beforePrevious = Array(0...b.count)
        var previous = beforePrevious
        var current = previous
        for (i, left) in a.enumerated() {
            current[0] = i + 1
            var rowMinimum = current[0]
            for (j, right) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
                if transpositions, i > 0, j > 0, left == b[j - 1], a[i - 1] == right, left != right {
                    current[j + 1] = min(current[j + 1], beforePrevious[j - 1] + 1)
                }
                rowMinimum = min(rowMinimum, current[j + 1])
            }
            // A transposition reaches back two rows, so both must be past the limit to stop.
            if let limit, rowMinimum > limit, previous.min() ?? 0 > limit { return limit + 1 }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
