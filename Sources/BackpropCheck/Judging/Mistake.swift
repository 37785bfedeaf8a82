/// A wrong answer explained: the first line of one slip, with every other line the same slip
/// explains.
package struct Mistake: Sendable, Equatable {
    /// Its verdict (``Mark/wrong``): the first line of the slip in derivation order.
    package let verdict: Verdict
    /// The term's index in the trace.
    package let term: Int
    /// The known slip that explains the written value, if one does.
    package let diagnosis: Diagnosis?
    /// The later wrong lines that the same diagnosis explains, in derivation order: one slip,
    /// reported once. Empty for an unexplained mistake, which stands alone.
    package let sameSlip: [Verdict]

    /// A mistake on `verdict`'s line, of term `term`, explained by `diagnosis`.
    package init(verdict: Verdict, term: Int, diagnosis: Diagnosis?, sameSlip: [Verdict] = []) {
        self.verdict = verdict
        self.term = term
        self.diagnosis = diagnosis
        self.sameSlip = sameSlip
    }

    /// Every line of this mistake: its own, then those of the same slip.
    package var verdicts: [Verdict] { [verdict] + sameSlip }

    /// Wrong answers in derivation order grouped by diagnosis: each distinct slip becomes one
    /// mistake at its first line; an undiagnosed answer is a mistake of its own. Linear in the
    /// number of answers (a dictionary of the slips seen).
    static func grouped(_ wrong: [(term: Int, verdict: Verdict, Diagnosis?)]) -> [Mistake] {
        var groups: [(first: (term: Int, verdict: Verdict, diagnosis: Diagnosis?), more: [Verdict])] = []
        var groupOf: [Diagnosis: Int] = [:]
        for (term, verdict, diagnosis) in wrong {
            if let diagnosis, let group = groupOf[diagnosis] {
                groups[group].more.append(verdict)
                continue
            }
            if let diagnosis { groupOf[diagnosis] = groups.count }
            groups.append(((term, verdict, diagnosis), []))
        }
        return groups.map {
            Mistake(verdict: $0.first.verdict, term: $0.first.term, diagnosis: $0.first.diagnosis, sameSlip: $0.more)
        }
    }
}
