import BackpropCore

/// What a problem sheet asks for, section by section: the net inputs and outputs, the errors,
/// the deltas, every weight's gradient and updated value, and the biases' when they learn.
/// The compact answer key gives exactly these values.
struct AskedTerms {
    /// One section's asked terms, in derivation order.
    struct Section {
        let title: String
        let terms: [Term]
    }

    let sections: [Section]

    init(trace: Trace) {
        var wanted: Set<TermKind> = [
            .netInput, .output, .outputError, .totalError, .delta, .weightGradient, .updatedWeight,
        ]
        if trace.options.updateBiases { wanted.formUnion([.biasGradient, .updatedBias]) }
        var sections: [Section] = []
        var current: (section: TraceSection, terms: [Term])?
        func close() {
            guard let current, !current.terms.isEmpty else { return }
            sections.append(Section(
                title: current.section.title(layerCount: trace.network.layerCount), terms: current.terms
            ))
        }
        for term in trace.terms where term.section != .given && wanted.contains(term.kind) {
            if current?.section != term.section {
                close()
                current = (term.section, [])
            }
            current?.terms.append(term)
        }
        close()
        self.sections = sections
    }
}
