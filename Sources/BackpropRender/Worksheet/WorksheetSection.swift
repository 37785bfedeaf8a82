import BackpropCore

/// The terms of one section of the walkthrough, in derivation order.
struct WorksheetSection {
    /// The walkthrough's heading.
    let title: String
    /// Whether these are the givens (shown filled in, not asked).
    let isGiven: Bool
    let terms: [Term]

    /// The trace's terms grouped by section, in order.
    static func sections(of trace: Trace) -> [WorksheetSection] {
        var sections: [WorksheetSection] = []
        var current: (section: TraceSection, terms: [Term])?
        func close() {
            guard let (section, terms) = current else { return }
            let title = section.title(layerCount: trace.network.layerCount)
            sections.append(WorksheetSection(
                title: section == .given ? title + " (given)" : title,
                isGiven: section == .given, terms: terms
            ))
        }
        for term in trace.terms {
            if current?.section == term.section {
                current?.terms.append(term)
            } else {
                close()
                current = (term.section, [term])
            }
        }
        close()
        return sections
    }
}
